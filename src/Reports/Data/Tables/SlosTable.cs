using Reports.Data.Csv;
using Reports.Data.Values;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Data.Tables;

/// <summary><c>slos.csv</c>: the service level objectives, each of a known pillar, with an objective 0 &lt; x &lt; 100 percent.</summary>
internal sealed class SlosTable
{
    public static readonly CsvColumn Id = new(0, "id", Required: true);
    public static readonly CsvColumn Pillar = new(1, "pillar", Required: true);
    public static readonly CsvColumn Name = new(2, "name", Required: true);
    public static readonly CsvColumn Objective = new(3, "objective", Required: true);
    public static readonly CsvColumn Description = new(4, "description");

    public static readonly CsvSchema Schema = new(DataFiles.Slos, [Id, Pillar, Name, Objective, Description]);

    private SlosTable(IReadOnlyList<Slo> slos, KnownIds? ids)
    {
        Slos = slos;
        Ids = ids;
    }

    /// <summary>No file: no SLO, so every SLO rule is not measured, and no SLO id is known.</summary>
    public static SlosTable Absent { get; } = new([], new KnownIds([]));

    /// <summary>The file could not be read: daily results are not checked against it.</summary>
    public static SlosTable Unknown { get; } = new([], null);

    public IReadOnlyList<Slo> Slos { get; }

    /// <summary>The SLO ids, or null when the file could not be read completely.</summary>
    public KnownIds? Ids { get; }

    public static SlosTable Read(string path, DiagnosticBag bag, KnownIds? pillars)
    {
        var slos = new List<Slo>();
        var ids = new List<string>();
        var unique = new UniqueKeys<string>(StringComparer.Ordinal);
        var caseOnly = new CaseOnlyDuplicates("SLO id");

        var summary = CsvTableReader.Read(path, Schema, bag, row =>
        {
            var id = CellReader.RequiredText(row, Id);
            var pillar = CellReader.RequiredText(row, Pillar);
            var name = CellReader.RequiredText(row, Name);
            var objective = CellReader.Percent(row, Objective);
            var description = CellReader.Markdown(row, Description);
            if (id is not null)
            {
                ids.Add(id);
                caseOnly.Add(id, row, Id);
                unique.Add(id, row, Id, k => $"SLO id '{k}'");
            }

            if (pillar is not null)
            {
                References.Check(row, Pillar, "pillar", pillar, pillars, IncidentsTable.PillarsDefinedIn);
            }

            if (!row.HasErrors && id is not null && pillar is not null && name is not null && objective is decimal o)
            {
                slos.Add(new Slo(id, pillar, name, o, description));
            }
        });

        if (!summary.HeaderRead)
        {
            return Unknown;
        }

        return new SlosTable(slos, summary.Complete && !unique.HasDuplicates ? new KnownIds(ids) : null);
    }
}
