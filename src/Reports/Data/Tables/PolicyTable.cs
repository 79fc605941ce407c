using System.Globalization;
using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary>
/// <c>policy.csv</c>: thresholds and settings as key/value rows. A missing file means all defaults; an unknown
/// key, a repeated key or a value of the wrong type or range is an error. Keys match ignoring case.
/// </summary>
internal sealed class PolicyTable
{
    public static readonly CsvColumn Key = new(0, "key", Required: true);
    public static readonly CsvColumn Value = new(1, "value", Required: true);
    public static readonly CsvColumn Note = new(2, "note");

    public static readonly CsvSchema Schema = new(DataFiles.Policy, [Key, Value, Note]);

    private const string PillarsKey = "pillars";
    private const string RequiredChecksKey = "required_checks";

    /// <summary>A year: windows, periods and cadences are counted in days.</summary>
    private const int MaxDays = 366;

    private static readonly string[] Keys =
    [
        "start_phase",
        "hardening_complete_total",
        "enter_validation_total",
        "enter_validation_min_category",
        "enter_reentry_total",
        "enter_reentry_min_category",
        "freeze_total",
        "freeze_min_category",
        "freeze_returns_to_phase",
        PillarsKey,
        "slo_window_days",
        "slo_consecutive_miss_days",
        "error_budget_period_days",
        "error_budget_burn_max",
        RequiredChecksKey,
        "ci_recent_days",
        "nightly_check",
        "nightly_max_age_days",
        "flake_window_runs",
        "flake_rate_max",
        "smoke_check",
        "smoke_consecutive_failures",
        "rollback_drill_every_days",
        "red_team_spot_check_every_days",
        "validation_window_min_days",
        "validation_window_max_days",
        "owner",
        "phase1_target_days",
        "phase2_target_days",
        "repeat_window_days",
        "forecast_weeks",
    ];

    private PolicyTable(Policy policy, KnownIds? pillars)
    {
        Policy = policy;
        Pillars = pillars;
    }

    /// <summary>No policy file: the plan's defaults.</summary>
    public static PolicyTable Defaults { get; } = new(Policy.Default, new KnownIds(Policy.Default.Pillars));

    /// <summary>The file could not be read: pillars are unknown, so incidents' pillars are not checked.</summary>
    public static PolicyTable Unknown { get; } = new(Policy.Default, null);

    public Policy Policy { get; }

    /// <summary>The allowed incident pillars, or null when they could not be read.</summary>
    public KnownIds? Pillars { get; }

    public static PolicyTable Read(string path, DiagnosticBag bag)
    {
        var policy = Policy.Default;
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var pillarsValid = true;

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            var written = CellReader.RequiredText(row, Key);
            var key = written is null ? null : Keys.FirstOrDefault(k => string.Equals(k, written, StringComparison.OrdinalIgnoreCase));
            if (written is not null && key is null)
            {
                row.Report(DataErrors.UnknownPolicyKey(row.At(Key), written, Suggestions.Closest(written, Keys), Keys));
            }

            if (key is not null)
            {
                unique.Add(key, row, Key, k => $"policy key '{k}'");
            }

            var apply = key is null ? null : ParseSetting(row, key);
            pillarsValid &= key != PillarsKey || apply is not null;
            if (!row.HasErrors && apply is not null)
            {
                policy = apply(policy);
            }
        });

        if (!summary.HeaderRead)
        {
            return Unknown;
        }

        // A skipped row may have set the pillars: incidents are still checked against the ones in effect, unless
        // the pillars row was invalid or reading stopped before the end of the file.
        return new PolicyTable(policy, pillarsValid && !summary.Stopped ? new KnownIds(policy.Pillars, partial: !summary.Complete) : null);
    }

    private static Func<Policy, Policy>? ParseSetting(SourceRow row, string key) => key switch
    {
        "start_phase" => Phase(row, key) is int v ? p => p with { StartPhase = v } : null,
        "hardening_complete_total" => Total(row, key) is decimal v ? p => p with { HardeningCompleteTotal = v } : null,
        "enter_validation_total" => Total(row, key) is decimal v ? p => p with { EnterValidationTotal = v } : null,
        "enter_validation_min_category" => Level(row, key) is int v ? p => p with { EnterValidationMinCategory = v } : null,
        "enter_reentry_total" => Total(row, key) is decimal v ? p => p with { EnterReentryTotal = v } : null,
        "enter_reentry_min_category" => Level(row, key) is int v ? p => p with { EnterReentryMinCategory = v } : null,
        "freeze_total" => Total(row, key) is decimal v ? p => p with { FreezeTotal = v } : null,
        "freeze_min_category" => Level(row, key) is int v ? p => p with { FreezeMinCategory = v } : null,
        "freeze_returns_to_phase" => Phase(row, key) is int v ? p => p with { FreezeReturnsToPhase = v } : null,
        PillarsKey => NameList(row, key) is { } list ? p => p with { Pillars = list } : null,
        "slo_window_days" => Days(row, key) is int v ? Evidence(e => e with { SloWindowDays = v }) : null,
        "slo_consecutive_miss_days" => Days(row, key) is int v ? Evidence(e => e with { SloConsecutiveMissDays = v }) : null,
        "error_budget_period_days" => Days(row, key) is int v ? Evidence(e => e with { ErrorBudgetPeriodDays = v }) : null,
        "error_budget_burn_max" => Percent(row, key) is decimal v ? Evidence(e => e with { ErrorBudgetBurnMax = v }) : null,
        RequiredChecksKey => NameList(row, key) is { } list ? Evidence(e => e with { RequiredChecks = list }) : null,
        "ci_recent_days" => Days(row, key) is int v ? Evidence(e => e with { CiRecentDays = v }) : null,
        "nightly_check" => CellReader.RequiredText(row, Value) is { } v ? Evidence(e => e with { NightlyCheck = v }) : null,
        "nightly_max_age_days" => Days(row, key) is int v ? Evidence(e => e with { NightlyMaxAgeDays = v }) : null,
        "flake_window_runs" => Runs(row, key) is int v ? Evidence(e => e with { FlakeWindowRuns = v }) : null,
        "flake_rate_max" => Percent(row, key) is decimal v ? Evidence(e => e with { FlakeRateMax = v }) : null,
        "smoke_check" => CellReader.RequiredText(row, Value) is { } v ? Evidence(e => e with { SmokeCheck = v }) : null,
        "smoke_consecutive_failures" => Runs(row, key) is int v ? Evidence(e => e with { SmokeConsecutiveFailures = v }) : null,
        "rollback_drill_every_days" => Days(row, key) is int v ? Evidence(e => e with { RollbackDrillEveryDays = v }) : null,
        "red_team_spot_check_every_days" => Days(row, key) is int v ? Evidence(e => e with { RedTeamSpotCheckEveryDays = v }) : null,
        "validation_window_min_days" => Days(row, key) is int v ? Evidence(e => e with { ValidationWindowMinDays = v }) : null,
        "validation_window_max_days" => Days(row, key) is int v ? Evidence(e => e with { ValidationWindowMaxDays = v }) : null,
        "owner" => CellReader.RequiredText(row, Value) is { } v ? Review(r => r with { Owner = v }) : null,
        "phase1_target_days" => Target(row, key) is DayTarget v ? Review(r => r with { Phase1TargetDays = v }) : null,
        "phase2_target_days" => Target(row, key) is DayTarget v ? Review(r => r with { Phase2TargetDays = v }) : null,
        "repeat_window_days" => Days(row, key) is int v ? Review(r => r with { RepeatWindowDays = v }) : null,
        "forecast_weeks" => CellReader.WholeNumber(row, Value, ReviewPolicy.MinForecastWeeks, 52, key) is int v ? Review(r => r with { ForecastWeeks = v }) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "a key listed in Keys has no parser"),
    };

    private static int? Phase(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 1, 3, key);

    private static int? Level(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 0, 4, key);

    private static decimal? Total(SourceRow row, string key) => CellReader.Number(row, Value, 0m, 100m, key);

    private static Func<Policy, Policy> Evidence(Func<EvidencePolicy, EvidencePolicy> change) => p => p with { Evidence = change(p.Evidence) };

    private static Func<Policy, Policy> Review(Func<ReviewPolicy, ReviewPolicy> change) => p => p with { Review = change(p.Review) };

    /// <summary>A duration target: two whole numbers of days, least first, as <c>14;28</c>.</summary>
    private static DayTarget? Target(SourceRow row, string key)
    {
        var text = CellReader.RequiredText(row, Value);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            && min >= 1 && min <= max && max <= MaxDays)
        {
            return new DayTarget(min, max);
        }

        row.Report(DataErrors.InvalidDayTarget(row.At(Value), key, text, MaxDays));
        return null;
    }

    private static int? Days(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 1, MaxDays, key);

    private static int? Runs(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 1, 1000, key);

    private static decimal? Percent(SourceRow row, string key) => CellReader.Number(row, Value, 0m, 100m, key);

    /// <summary>Names separated by ';' (pillars, required checks): none empty, none twice.</summary>
    private static IReadOnlyList<string>? NameList(SourceRow row, string key)
    {
        var text = CellReader.RequiredText(row, Value);
        if (text is null)
        {
            return null;
        }

        var names = text.Split(';', StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0))
        {
            row.Report(DataErrors.InvalidList(row.At(Value), key, "the list has an empty name"));
            return null;
        }

        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            row.Report(DataErrors.InvalidList(row.At(Value), key, $"'{repeated.Key}' is listed twice"));
            return null;
        }

        return names;
    }
}
