namespace Reports.Tests;

/// <summary>
/// The fixture programs the tests build and check, kept under <c>tests/Fixtures/</c>. Tests never read the
/// repository's own <c>data/</c> or <c>input/</c>: those belong to the team using the tool and change every week.
/// </summary>
public static class TestPrograms
{
    /// <summary>The plan's own two weeks (46.25 and 55.00, "Stay in Phase 1"), with the first week archived.</summary>
    public static string Plan => Path.Combine(RepositoryRoot.Path, "tests", "Fixtures", "plan");

    public static string PlanData => Path.Combine(Plan, "data");

    public static string PlanInput => Path.Combine(Plan, "input");
}
