namespace Reports.Scoring.Review;

/// <summary>A record a review line points at, by kind and id.</summary>
public sealed record ReviewRef(ReviewRefKind Kind, string Id);
