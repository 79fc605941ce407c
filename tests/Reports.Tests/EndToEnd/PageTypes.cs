namespace Reports.Tests.EndToEnd;

/// <summary>One served URL for every kind of page the site has, the unknown URL that gets the 404 page among them.</summary>
public static class PageTypes
{
    public const string NotFound = "no-such-page/";

    public static IReadOnlyList<string> All { get; } =
    [
        "", "weeks/2026-02-17/", "weeks/", "trends/", "gates/", "incidents/", "findings/", "methodology/", "about/", "archive/", "archive/2026-02-17/", NotFound,
    ];

    public static TheoryData<string> Paths => new(All);
}
