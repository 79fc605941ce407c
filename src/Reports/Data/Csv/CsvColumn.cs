namespace Reports.Data.Csv;

/// <summary>
/// A column of a data file. A required column must be in the header and have a value in every row
/// (the contract's bold columns); <paramref name="Ordinal"/> is its place in <see cref="CsvSchema.Columns"/>.
/// </summary>
internal sealed record CsvColumn(int Ordinal, string Name, bool Required = false);
