namespace Reports.Tests.EndToEnd;

/// <summary>
/// One served URL for every kind of page the site has, the unknown URL that gets the 404 page among them. The plan's
/// data has no evidence, so the pages that show it are listed again on the example program (<see cref="ExamplePrefix"/>).
/// </summary>
public static class PageTypes
{
    public const string NotFound = "no-such-page/";

    /// <summary>Paths with this prefix are served from the example program's site (see <see cref="SiteInBrowserFixture.Url"/>).</summary>
    public const string ExamplePrefix = "lumen-relay:";

    public static IReadOnlyList<string> All { get; } =
    [
        "", "weeks/2026-02-17/", "weeks/2026-02-18/compare/2026-02-17/", "weeks/", "trends/", "slos/", "ci/", "gates/", "incidents/", "findings/", "pillars/", "pillars/hydra/", "methodology/", "about/", "archive/", "archive/2026-02-17/", NotFound,
        ExamplePrefix, ExamplePrefix + "weeks/2025-12-22/", ExamplePrefix + "weeks/2025-12-15/compare/2025-12-08/", ExamplePrefix + "slos/", ExamplePrefix + "ci/", ExamplePrefix + "pillars/video/",
    ];

    public static TheoryData<string> Paths => new(All);
}
