namespace Reports.Data.Csv;

/// <summary>The columns one data file may have; header names match them ignoring case.</summary>
internal sealed class CsvSchema
{
    public CsvSchema(string fileName, IReadOnlyList<CsvColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Ordinal != i)
            {
                throw new ArgumentException($"column '{columns[i].Name}' of {fileName} is listed out of order", nameof(columns));
            }
        }

        FileName = fileName;
        Columns = columns;
        HeaderRow = string.Join(",", columns.Select(c => c.Name));
    }

    public string FileName { get; }

    public IReadOnlyList<CsvColumn> Columns { get; }

    /// <summary>The header row a new file of this kind starts with, for hints.</summary>
    public string HeaderRow { get; }

    public CsvColumn? Find(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
