using Reports.Domain;

namespace Reports.Site.Views;

/// <summary>Where a total stands among the policy's thresholds, in words: "below 80", "85 to 90: enough to enter validation".</summary>
public static class ThresholdBand
{
    public static string Of(decimal total, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        (decimal At, string Name)[] thresholds =
        [
            .. new (decimal At, string Name)[]
            {
                (policy.HardeningCompleteTotal, "hardening complete"),
                (policy.EnterValidationTotal, "enough to enter validation"),
                (policy.EnterReentryTotal, "enough for feature re-entry"),
            }.OrderBy(t => t.At),
        ];
        var reached = thresholds.LastOrDefault(t => total >= t.At);
        if (reached.Name is null)
        {
            return "below " + Format.Threshold(thresholds[0].At);
        }

        var next = thresholds.FirstOrDefault(t => t.At > reached.At);
        return (next.Name is null ? Format.Threshold(reached.At) + " or more" : Format.Threshold(reached.At) + " to " + Format.Threshold(next.At)) + ": " + reached.Name;
    }
}
