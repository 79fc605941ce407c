namespace Reports.Site.Models;

/// <summary>A category in two weeks: score and weighted points on each side and the change (<c>+1</c>, <c>−2.50</c>, <c>0</c>); "–" where a side has no such category.</summary>
public sealed record CompareCategoryRow(
    string Name,
    string ScoreBefore,
    string ScoreAfter,
    string ScoreChange,
    string PointsBefore,
    string PointsAfter,
    string PointsChange,
    string ChangeCss);
