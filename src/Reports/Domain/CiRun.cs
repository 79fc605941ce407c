namespace Reports.Domain;

/// <summary>
/// One finished CI run of one check (a row of <c>ci-runs.csv</c>). <see cref="Finished"/> is the instant in UTC
/// (a date alone is its midnight UTC); the run counts on <see cref="FinishedOn"/>, its UTC date.
/// </summary>
public sealed record CiRun(string Check, DateTimeOffset Finished, CiResult Result, bool Required, string Commit, string? Link)
{
    public DateOnly FinishedOn => DateOnly.FromDateTime(Finished.UtcDateTime);
}
