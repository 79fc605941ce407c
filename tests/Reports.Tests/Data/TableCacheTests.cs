using System.IO.Hashing;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Tests.Data;

/// <summary>A session's loader parses again only the files an edit changed, and reports exactly what a fresh load reports.</summary>
public sealed class TableCacheTests
{
    [Fact]
    public void Takes_back_the_tables_of_unchanged_files_and_reads_the_edited_one()
    {
        using var folder = TempDataFolder.FromBaseline();
        var tables = new TableCache();
        var first = Load(folder, tables);
        Edit(folder, DataFiles.Scores, "2026-02-17,measurement,2,", "2026-02-17,measurement,3,");

        var second = Load(folder, tables);

        Assert.Same(first.Value!.Incidents, second.Value!.Incidents);
        Assert.Same(first.Value.Findings, second.Value.Findings);
        Assert.Same(first.Value.GateResults, second.Value.GateResults);
        Assert.NotSame(first.Value.Scores, second.Value.Scores);
        Assert.Equal(DataFolderLoader.Load(folder.Path).Value!.Scores, second.Value.Scores);
    }

    [Fact]
    public void Checks_the_scores_again_when_the_rubric_loses_a_category()
    {
        using var folder = TempDataFolder.FromBaseline();
        var tables = new TableCache();
        Assert.Empty(Load(folder, tables).Diagnostics);
        var rubric = File.ReadAllLines(Path.Combine(folder.Path, DataFiles.Rubric));
        folder.Write(DataFiles.Rubric, string.Join('\n', rubric.Where(l => !l.StartsWith("measurement,", StringComparison.Ordinal))) + "\n");

        var second = Load(folder, tables);

        Assert.False(second.Succeeded);
        Assert.Equal(DataFolderLoader.Load(folder.Path).Diagnostics, second.Diagnostics);
        Assert.Contains(second.Diagnostics, d => d.Path.EndsWith(DataFiles.Scores, StringComparison.Ordinal) && d.IsError);
    }

    [Fact]
    public void Reports_a_warning_again_on_every_load()
    {
        using var folder = TempDataFolder.FromBaseline();
        Edit(folder, DataFiles.Findings, ",known-issue,", ",redteam,");
        var tables = new TableCache();
        var first = Load(folder, tables);

        var second = Load(folder, tables);

        Assert.Contains(first.Diagnostics, d => d.Code == ErrorCodes.SourceLooksLikeRedTeam);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Keeps_nothing_from_a_load_it_was_not_told_to_keep()
    {
        using var folder = TempDataFolder.FromBaseline();
        var tables = new TableCache();
        var first = Load(folder, tables, keep: false);

        var second = Load(folder, tables);

        Assert.NotSame(first.Value!.Incidents, second.Value!.Incidents);
        Assert.Equal(first.Value.Incidents, second.Value.Incidents);
    }

    private static Result<ReliabilityData> Load(TempDataFolder folder, TableCache tables, bool keep = true)
    {
        tables.Begin(Directory.EnumerateFiles(folder.Path, "*.csv").ToDictionary(
            f => Path.GetFileName(f), f => Convert.ToHexString(XxHash128.Hash(File.ReadAllBytes(f))), StringComparer.Ordinal));
        var loaded = DataFolderLoader.Load(folder.Path, tables);
        if (keep)
        {
            tables.Keep();
        }

        return loaded;
    }

    private static void Edit(TempDataFolder folder, string file, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(folder.Path, file));
        Assert.Contains(from, text, StringComparison.Ordinal);
        folder.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
