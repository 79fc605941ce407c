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
        PillarsKey => PillarList(row) is { } list ? p => p with { Pillars = list } : null,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "a key listed in Keys has no parser"),
    };

    private static int? Phase(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 1, 3, key);

    private static int? Level(SourceRow row, string key) => CellReader.WholeNumber(row, Value, 0, 4, key);

    private static decimal? Total(SourceRow row, string key) => CellReader.Number(row, Value, 0m, 100m, key);

    private static IReadOnlyList<string>? PillarList(SourceRow row)
    {
        var text = CellReader.RequiredText(row, Value);
        if (text is null)
        {
            return null;
        }

        var names = text.Split(';', StringSplitOptions.TrimEntries);
        if (names.Any(n => n.Length == 0))
        {
            row.Report(DataErrors.InvalidList(row.At(Value), PillarsKey, "the list has an empty name"));
            return null;
        }

        var repeated = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            row.Report(DataErrors.InvalidList(row.At(Value), PillarsKey, $"'{repeated.Key}' is listed twice"));
            return null;
        }

        return names;
    }
}
