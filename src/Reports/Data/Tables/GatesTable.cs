using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>gates.csv</c>: the exit gates, the phase (1–3) each must pass to leave, and the rule that computes it, if any.</summary>
internal sealed class GatesTable
{
    public static readonly CsvColumn Id = new(0, "id", Required: true);
    public static readonly CsvColumn Phase = new(1, "phase", Required: true);
    public static readonly CsvColumn Name = new(2, "name", Required: true);
    public static readonly CsvColumn Criteria = new(3, "criteria");
    public static readonly CsvColumn ComputedBy = new(4, "computed_by");

    public static readonly CsvSchema Schema = new(DataFiles.Gates, [Id, Phase, Name, Criteria, ComputedBy]);

    private GatesTable(IReadOnlyList<GateDefinition> gates, KnownIds? ids)
    {
        Gates = gates;
        Ids = ids;
    }

    public static GatesTable Unknown { get; } = new([], null);

    public IReadOnlyList<GateDefinition> Gates { get; }

    /// <summary>The gate ids that were read, or null when the file could not be read.</summary>
    public KnownIds? Ids { get; }

    public static GatesTable Read(string path, DiagnosticBag bag)
    {
        var gates = new List<GateDefinition>();
        var ids = new List<string>();
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var caseOnly = new CaseOnlyDuplicates("gate id");

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            var id = CellReader.RequiredText(row, Id);
            var phase = CellReader.WholeNumber(row, Phase, 1, 3);
            var name = CellReader.RequiredText(row, Name);
            var criteria = CellReader.Markdown(row, Criteria);
            var computedBy = CellReader.Choice(row, ComputedBy, Choices.EvidenceRule);
            if (id is not null)
            {
                ids.Add(id);
                caseOnly.Add(id, row, Id);
                unique.Add(id, row, Id, k => $"gate id '{k}'");
            }

            if (!row.HasErrors && id is not null && phase is int p && name is not null)
            {
                gates.Add(new GateDefinition(id, p, name, criteria) { ComputedBy = computedBy });
            }
        });

        if (!summary.HeaderRead)
        {
            return Unknown;
        }

        // After a read that stopped early any gate may follow. A skipped row may have defined a gate, and a repeated
        // id was probably meant to be another one: references are still checked against the ids that were read, and
        // their messages say to fix this file first.
        return new GatesTable(gates, summary.Stopped ? null : new KnownIds(ids, partial: !summary.Complete || unique.HasDuplicates));
    }
}
