using System.Globalization;
using Reports.Domain;

namespace Reports.Scoring.Evidence;

/// <summary>How the evidence rules write their numbers in traces, whatever the machine's culture.</summary>
public static class EvidenceText
{
    /// <summary>
    /// A percent with two decimals, or as many as <paramref name="limit"/> has, rounded toward <paramref name="toward"/>
    /// (down for an attainment compared with its objective, up for a burn compared with its maximum), so that the
    /// printed number never seems to contradict the exact comparison: 99.4999 against 99.5 prints 99.49, not 99.50.
    /// </summary>
    public static decimal Round(decimal value, decimal limit, MidpointRounding toward, int minDecimals = 2) =>
        Math.Round(value, Math.Max(minDecimals, Scale(limit)), toward);

    public static string Percent(decimal value, decimal limit, MidpointRounding toward) =>
        Round(value, limit, toward).ToString("0.00##########################", CultureInfo.InvariantCulture) + " %";

    /// <summary>An objective or a limit as the data wrote it: "99.5 %".</summary>
    public static string Limit(decimal value) => ContractText.Threshold(value) + " %";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Name(SloStatus status) => status switch
    {
        SloStatus.Met => "met",
        SloStatus.Missed => "missed",
        _ => "unknown",
    };

    public static string Name(EventKind kind) => kind switch
    {
        EventKind.RollbackDrill => "rollback-drill",
        EventKind.ReleaseGateRehearsal => "release-gate-rehearsal",
        EventKind.RedTeamSpotCheck => "red-team-spot-check",
        EventKind.RunbookUpdate => "runbook-update",
        _ => "rollback",
    };

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
