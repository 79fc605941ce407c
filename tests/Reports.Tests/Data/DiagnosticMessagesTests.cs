using Reports.Data;
using Reports.Diagnostics;

namespace Reports.Tests.Data;

/// <summary>What people read: the full text of the diagnostics for common mistakes.</summary>
public sealed class DiagnosticMessagesTests
{
    private static string LoadWith(string file, string text)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(file, text);
        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);
        return diagnostic.ToString().Replace(folder.Path + "/", "data/", StringComparison.Ordinal);
    }

    [Fact]
    public void Typo_in_a_column_name_suggests_the_column()
    {
        var baseline = File.ReadAllText(Path.Combine(TempDataFolder.CorpusRoot, "valid", DataFiles.Scores));

        Assert.Equal(
            "data/scores.csv(1,18): error RPT012: unknown column 'scroe' (hint: did you mean 'score'?)",
            LoadWith(DataFiles.Scores, baseline.Replace("week_of,category,score,", "week_of,category,scroe,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_name_the_sum()
    {
        Assert.Equal(
            "data/rubric.csv(1,10): error RPT040: weights sum to 95, not 100 (hint: change the weights by 5 in total so that they add up to 100)",
            LoadWith(DataFiles.Rubric, "key,name,weight\nmeasurement,M,20\noutcomes,O,25\nci,C,15\nsecurity,S,15\noperability,Op,15\ndiscipline,D,5\n"));
    }

    [Fact]
    public void A_reference_to_an_id_missing_from_a_partly_read_file_says_to_fix_that_file_first()
    {
        using var folder = TempDataFolder.FromBaseline();
        var gates = File.ReadAllText(Path.Combine(folder.Path, DataFiles.Gates));
        folder.Write(DataFiles.Gates, gates.Replace("\nG4,", "\nG4,extra field,", StringComparison.Ordinal));

        var diagnostics = DataFolderLoader.Load(folder.Path).Diagnostics.Select(d => d.ToString().Replace(folder.Path + "/", "data/", StringComparison.Ordinal)).ToArray();

        Assert.Contains(
            "data/gate-results.csv(5,12): error RPT052: unknown gate 'G4' (hint: the gates are defined in gates.csv; gates.csv has rows that could not be read or that repeat an id: fix those first)",
            diagnostics);
    }

    [Fact]
    public void A_gate_result_for_a_week_missing_from_a_partly_read_scores_file_says_to_fix_that_file_first()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Overlay(Path.Combine(TempDataFolder.CorpusRoot, "broken", "undated-score-other-checks-still-run"));

        var diagnostics = DataFolderLoader.Load(folder.Path).Diagnostics.Select(d => d.ToString().Replace(folder.Path + "/", "data/", StringComparison.Ordinal)).ToArray();

        Assert.Contains(
            "data/gate-results.csv(4,1): error RPT054: gate result for week 2026-02-24, which has no scores (hint: check the date: it must be a week_of that scores.csv scores; scores.csv has rows that could not be read: fix those first)",
            diagnostics);
    }

    [Fact]
    public void A_half_filled_week_names_the_missing_categories_in_rubric_order()
    {
        Assert.Equal(
            "data/scores.csv(2,1): error RPT053: week 2026-02-17 has no score for 'outcomes', 'security', 'discipline' (hint: every scored week needs exactly one score for every rubric category)",
            LoadWith(DataFiles.Scores, "week_of,category,score\n2026-02-17,measurement,2\n2026-02-17,ci,3\n2026-02-17,operability,2\n2026-02-18,measurement,3\n2026-02-18,outcomes,1\n2026-02-18,ci,3\n2026-02-18,security,2\n2026-02-18,operability,2\n2026-02-18,discipline,3\n"));
    }

    [Fact]
    public void A_semicolon_export_is_told_to_save_as_comma_separated()
    {
        var text = LoadWith(DataFiles.Decisions, "week_of;decision;note\n2026-02-17;stay;\n");

        Assert.StartsWith("data/decisions.csv(1,1): error RPT010: file is separated by ';', not by commas (hint: save as comma-separated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_not_text()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.WriteBytes(DataFiles.Decisions, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal((ErrorCodes.NotText, 0, "file is not text (it contains NUL bytes)"), (diagnostic.Code, diagnostic.Line, diagnostic.Message));
    }

    [Fact]
    public void A_timestamp_without_offset_explains_why_it_is_an_error()
    {
        var text = LoadWith(DataFiles.Incidents, "id,severity,pillar,title,opened\nINC-9,sev2,auth,Outage,2026-02-17T23:30:00\n");

        Assert.Equal(
            "data/incidents.csv(2,24): error RPT033: opened '2026-02-17T23:30:00' is a timestamp without a time zone (hint: add Z for UTC or an offset such as -08:00: without one the same timestamp is a different day in different places)",
            text);
    }

    [Theory]
    [InlineData("02/17/2026", "write dates as YYYY-MM-DD: 2026-02-17")]
    [InlineData("17/02/2026", "write dates as YYYY-MM-DD: 2026-02-17")]
    [InlineData("17.02.2026", "write dates as YYYY-MM-DD: 2026-02-17")]
    [InlineData("02/03/2026", "write dates as YYYY-MM-DD: 2026-02-03 if this is month/day, 2026-03-02 if day/month")]
    [InlineData("20260217", "write dates as YYYY-MM-DD: 2026-02-17")]
    [InlineData("2026-2-17", "write dates as YYYY-MM-DD, such as 2026-02-17")]
    [InlineData("2026-02-17T10:00:00Z", "only incidents' opened and resolved and CI runs' finished may be timestamps; write the date alone: 2026-02-17")]
    public void A_wrongly_written_date_gets_its_iso_form_as_a_hint(string written, string hint)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, $"week_of,decision\n{written},stay\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal((ErrorCodes.InvalidDate, hint), (diagnostic.Code, diagnostic.Hint));
    }

    [Theory]
    [InlineData("2026-02-30", "February 2026 has 28 days")]
    [InlineData("2024-02-30", "February 2024 has 29 days")]
    [InlineData("2026-13-01", "there is no month 13")]
    [InlineData("2026-04-00", "April 2026 has 30 days")]
    public void A_date_that_is_not_on_the_calendar_says_why(string written, string reason)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, $"week_of,decision\n{written},stay\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.ImpossibleDate, diagnostic.Code);
        Assert.EndsWith(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_differs_only_in_case_gets_the_right_spelling_as_a_hint()
    {
        var text = LoadWith(DataFiles.GateResults, "week_of,gate,status\n2026-02-17,g1,pass\n");

        Assert.Equal("data/gate-results.csv(2,12): error RPT052: unknown gate 'g1' (hint: did you mean 'G1'? ids are case-sensitive)", text);
    }

    [Fact]
    public void A_missing_required_file_shows_the_header_to_start_it_with()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Delete(DataFiles.Findings);

        var text = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics).ToString().Replace(folder.Path + "/", "data/", StringComparison.Ordinal);

        Assert.Equal(
            "data/findings.csv: error RPT002: required file 'findings.csv' is missing (hint: create it with the header row 'id,title,priority,source,status,opened,closed,evidence,owner,due,link,pillar,regression_test')",
            text);
    }
}
