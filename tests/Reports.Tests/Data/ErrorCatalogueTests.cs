using System.Reflection;
using System.Text.RegularExpressions;
using Reports.Diagnostics;

namespace Reports.Tests.Data;

/// <summary>The catalogue of codes, its factories and its documentation agree.</summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly IReadOnlyList<(string Name, string Code)> Catalogue = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
        .ToArray();

    [Fact]
    public void Codes_are_unique_and_in_the_data_range()
    {
        Assert.NotEmpty(Catalogue);
        Assert.Equal(Catalogue.Count, Catalogue.Select(c => c.Code).Distinct().Count());
        Assert.All(Catalogue, c => Assert.Matches(DataCode(), c.Code));
    }

    [Fact]
    public void Every_code_in_the_catalogue_is_documented()
    {
        var documented = DocumentedCodes();

        var missing = Catalogue.Where(c => !documented.Contains(c.Code)).Select(c => $"{c.Code} ({c.Name})").ToArray();

        Assert.True(missing.Length == 0, $"docs/error-codes.md lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_documented_code_is_in_the_catalogue()
    {
        var codes = Catalogue.Select(c => c.Code).ToHashSet();

        Assert.All(DocumentedCodes(), code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Every_code_has_a_factory_that_uses_it()
    {
        var factories = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Reports", "Diagnostics", "DataErrors.cs"));

        Assert.All(Catalogue, c => Assert.Contains($"ErrorCodes.{c.Name},", factories, StringComparison.Ordinal));
    }

    private static HashSet<string> DocumentedCodes()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "error-codes.md"));
        return DocumentedHeading().Matches(doc).Select(m => m.Groups["code"].Value).ToHashSet();
    }

    [GeneratedRegex("^RPT0[0-9]{2}$")]
    private static partial Regex DataCode();

    [GeneratedRegex(@"^## (?<code>RPT[0-9]{3})\b", RegexOptions.Multiline)]
    private static partial Regex DocumentedHeading();
}
