namespace Reports.History;

/// <summary>The data folder at a ref, or why it cannot be read (not a repository, an unknown ref, git missing).</summary>
public sealed record CheckoutResult(CheckedOutData? Data, string? Problem);
