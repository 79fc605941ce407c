using System.Globalization;
using Reports.Domain;

namespace Reports.Scoring;

/// <summary>How the contract spells numbers and names, whatever the machine's culture.</summary>
public static class ContractText
{
    /// <summary>Totals and points always with two decimals: "55.00", "6.25".</summary>
    public static string Total(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Thresholds as the policy gives them, without needless decimals: "85", but "85.5".</summary>
    public static string Threshold(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Threshold(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Name(Decision decision) => decision switch
    {
        Decision.Stay => "stay",
        Decision.Advance => "advance",
        Decision.Freeze => "freeze",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "not a decision of the contract"),
    };

    public static string Name(GateStatus status) => status switch
    {
        GateStatus.Pass => "pass",
        GateStatus.Fail => "fail",
        GateStatus.Pending => "pending",
        GateStatus.NotApplicable => "n/a",
        GateStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a gate status of the contract"),
    };
}
