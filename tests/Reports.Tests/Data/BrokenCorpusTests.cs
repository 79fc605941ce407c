using Reports.Data;

namespace Reports.Tests.Data;

/// <summary>
/// The broken corpus: each folder under <c>Corpus/broken</c> is a mistake people make in pull requests, the files
/// it changes in the valid baseline, and in <c>expected.txt</c> every diagnostic it must produce, no more.
/// </summary>
public sealed class BrokenCorpusTests
{
    private static readonly string BrokenRoot = Path.Combine(TempDataFolder.CorpusRoot, "broken");

    public static TheoryData<string> Cases =>
        new(Directory.EnumerateDirectories(BrokenRoot).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal));

    [Fact]
    public void Corpus_has_at_least_35_cases()
    {
        Assert.True(Cases.Count >= 35, $"only {Cases.Count} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_expected_diagnostics(string caseName)
    {
        var caseDirectory = Path.Combine(BrokenRoot, caseName);
        var expected = File.ReadAllLines(Path.Combine(caseDirectory, "expected.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(caseDirectory);

        var result = DataFolderLoader.Load(folder.Path);

        var actual = result.Diagnostics.Select(folder.Describe).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", result.Diagnostics)}");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Any(e => !IsWarningOnly(e, result)), result.Value is null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_diagnostic_has_a_message_and_a_hint(string caseName)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(BrokenRoot, caseName));

        var result = DataFolderLoader.Load(folder.Path);

        Assert.All(result.Diagnostics, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.False(string.IsNullOrWhiteSpace(d.Hint), $"no hint: {d}");
        });
    }

    private static bool IsWarningOnly(string expectedLine, Reports.Diagnostics.Result<Reports.Domain.ReliabilityData> result) =>
        result.Diagnostics.Where(d => expectedLine.EndsWith(d.Code, StringComparison.Ordinal)).All(d => !d.IsError);
}
