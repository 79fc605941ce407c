using System.Globalization;
using System.Text;
using System.Text.Json;
using Reports.Data;
using Reports.Diagnostics;
using Reports.Domain;

namespace Reports.Tests.Data;

/// <summary>How the loader reads CSV: encodings, line endings, headers, blank lines, limits and the folder itself.</summary>
public sealed class DataFolderLoaderTests
{
    private const string ScoresHeader = "week_of,category,score,rationale";

    [Fact]
    public void Loads_crlf_files_with_a_bom_exactly_like_lf_files()
    {
        using var lf = TempDataFolder.FromBaseline();
        using var crlf = TempDataFolder.FromBaseline();
        foreach (var file in DataFiles.All.Where(f => File.Exists(Path.Combine(lf.Path, f))))
        {
            var text = File.ReadAllText(Path.Combine(lf.Path, file));
            crlf.WriteBytes(file, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
        }

        var fromLf = DataFolderLoader.Load(lf.Path);
        var fromCrlf = DataFolderLoader.Load(crlf.Path);

        Assert.Empty(fromCrlf.Diagnostics);
        Assert.Equal(Snapshot(fromLf.Value!), Snapshot(fromCrlf.Value!));
    }

    [Fact]
    public void Matches_columns_by_name_in_any_order_ignoring_case_and_trims_cells()
    {
        using var folder = TempDataFolder.FromBaseline();
        var scores = File.ReadAllLines(Path.Combine(folder.Path, DataFiles.Scores));
        folder.Write(DataFiles.Decisions, " Note , DECISION ,Week_Of\n  Stay in Phase 1 ,  stay  , 2026-02-17 \n\"  padded inside quotes  \",advance,2026-02-18\n");

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            [new RecordedDecision(new DateOnly(2026, 2, 17), Decision.Stay, "Stay in Phase 1"), new RecordedDecision(new DateOnly(2026, 2, 18), Decision.Advance, "padded inside quotes")],
            result.Value!.Decisions);
        Assert.NotEmpty(scores);
    }

    [Fact]
    public void Trims_no_break_spaces_that_spreadsheets_leave_around_values()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, "week_of,decision\n\u00a02026-02-17\u00a0,stay\u00a0\n");

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Decision.Stay, Assert.Single(result.Value!.Decisions).Decision);
    }

    [Fact]
    public void Ignores_annotation_columns_that_start_with_x_()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, "x_reviewer,week_of,X_Comment,decision\nsteph,2026-02-17,anything at all,stay\n");

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Value!.Decisions);
    }

    [Fact]
    public void Skips_blank_lines_whitespace_lines_and_rows_of_bare_commas()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, "\n\nweek_of,decision,note\n\n   \n2026-02-17,stay,\n,,\n\t\n2026-02-18,stay,\n\n");

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Value!.Decisions.Count);
    }

    [Fact]
    public void Uses_default_policy_and_no_decisions_when_the_optional_files_are_missing()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Delete(DataFiles.Policy);
        folder.Delete(DataFiles.Decisions);

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Same(Policy.Default, result.Value!.Policy);
        Assert.Empty(result.Value.Decisions);
    }

    [Fact]
    public void Reads_policy_values_of_every_type()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Policy, "key,value\nstart_phase,2\nfreeze_total,87.5\nenter_reentry_min_category,4\nfreeze_returns_to_phase,2\npillars, hydra ; video;queue;socket;auth;cdn\n");

        var policy = DataFolderLoader.Load(folder.Path).Value!.Policy;

        Assert.Equal(2, policy.StartPhase);
        Assert.Equal(87.5m, policy.FreezeTotal);
        Assert.Equal(4, policy.EnterReentryMinCategory);
        Assert.Equal(2, policy.FreezeReturnsToPhase);
        Assert.Equal(["hydra", "video", "queue", "socket", "auth", "cdn"], policy.Pillars);
    }

    [Fact]
    public void Ignores_subfolders_such_as_the_archive()
    {
        using var folder = TempDataFolder.FromBaseline();
        Directory.CreateDirectory(Path.Combine(folder.Path, "archive", "2026-01"));
        File.WriteAllBytes(Path.Combine(folder.Path, "archive", "scores.csv"), [0, 1, 2]);

        var result = DataFolderLoader.Load(folder.Path);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Reports_a_data_folder_that_does_not_exist_once()
    {
        var missing = Path.Combine(Path.GetTempPath(), "reports-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = DataFolderLoader.Load(missing);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.DataFolderMissing, diagnostic.Code);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Keeps_the_folder_path_as_given_in_diagnostic_paths()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Delete(DataFiles.Gates);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Path);

        var withSlash = DataFolderLoader.Load(folder.Path + "/");
        var asRelative = DataFolderLoader.Load(relative);

        Assert.Equal(folder.Path + "/gates.csv", Assert.Single(withSlash.Diagnostics).Path);
        Assert.Equal(relative.Replace('\\', '/') + "/gates.csv", Assert.Single(asRelative.Diagnostics).Path);
    }

    [Fact]
    public void Caps_diagnostics_per_file_and_says_how_many_were_not_shown()
    {
        using var folder = TempDataFolder.FromBaseline();
        var rows = Enumerable.Range(1, 150).Select(i => $"2026-02-17,measurement,{4 + i},x");
        folder.Write(DataFiles.Scores, ScoresHeader + "\n" + string.Join("\n", rows) + "\n");

        var diagnostics = DataFolderLoader.Load(folder.Path).Diagnostics.Where(d => d.Path.EndsWith(DataFiles.Scores, StringComparison.Ordinal)).ToArray();

        Assert.Equal(DiagnosticBag.DefaultLimit + 1, diagnostics.Length);
        var last = diagnostics[^1];
        Assert.Equal(ErrorCodes.DiagnosticsSuppressed, last.Code);
        Assert.True(last.IsError);

        // 150 out-of-range scores, 149 duplicate (week, category) pairs and week 2026-02-17 lacking five categories.
        Assert.StartsWith("200 more problems", last.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unclosed_quote_that_swallows_more_than_a_mebibyte()
    {
        using var folder = TempDataFolder.FromBaseline();
        var text = new StringBuilder(ScoresHeader).Append("\n2026-02-17,measurement,2,\"never closed\n");
        while (text.Length < 2 * 1024 * 1024)
        {
            text.Append("2026-02-17,outcomes,1,more text that is now inside the quote\n");
        }

        folder.Write(DataFiles.Scores, text.ToString());

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.RecordTooLarge, diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void Reports_an_unclosed_quote_in_the_header_and_reads_no_further()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, "week_of,\"decision,note\n2026-02-17,stay,\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.UnterminatedQuote, diagnostic.Code);
        Assert.Equal((1, 9), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Counts_columns_in_characters_not_bytes()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.GateResults, "week_of,gate,status,evidence,link\n2026-02-17,G1,pass,Überprüfung ✓ 🚀,ftp://example.org\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.InvalidLink, diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal("2026-02-17,G1,pass,Überprüfung ✓ 🚀,".Length + 1, diagnostic.Column);
    }

    [Fact]
    public void Points_at_cells_after_multi_line_values_on_their_own_lines()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Decisions, "week_of,note,decision\r\n2026-02-17,\"first line\r\nsecond line\r\n  third\",maybe\r\n2026-02-18,,stay\r\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.InvalidChoice, diagnostic.Code);
        Assert.Equal((4, "  third\",".Length + 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Reports_a_file_that_another_program_holds_exclusively()
    {
        using var folder = TempDataFolder.FromBaseline();
        using var holder = new FileStream(Path.Combine(folder.Path, DataFiles.Gates), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal((ErrorCodes.CannotRead, 0), (diagnostic.Code, diagnostic.Line));
        Assert.EndsWith("gates.csv", diagnostic.Path, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Reports_a_file_it_may_not_read()
    {
        using var folder = TempDataFolder.FromBaseline();
        var path = Path.Combine(folder.Path, DataFiles.Findings);
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var readable = true;
        try
        {
            using var probe = File.OpenRead(path);
        }
        catch (UnauthorizedAccessException)
        {
            readable = false;
        }

        Skip.If(readable, "permissions do not stop this user (root) from reading the file");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal(ErrorCodes.CannotRead, diagnostic.Code);
        Assert.Equal(0, diagnostic.Line);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Loads_the_same_data_and_messages_under_any_culture(string culture)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Policy, "key,value\nfreeze_total,87.5\nINVALID_KEY,1\n");
        var invariant = Run(CultureInfo.InvariantCulture);

        var local = Run(CultureInfo.GetCultureInfo(culture));

        Assert.Equal(invariant, local);

        string Run(CultureInfo c)
        {
            var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = c;
            try
            {
                var withPolicyError = DataFolderLoader.Load(folder.Path);
                folder.Write(DataFiles.Policy, "key,value\nfreeze_total,87.5\n");
                var valid = DataFolderLoader.Load(folder.Path);
                folder.Write(DataFiles.Policy, "key,value\nfreeze_total,87.5\nINVALID_KEY,1\n");
                return string.Join("\n", withPolicyError.Diagnostics) + "\n" + Snapshot(valid.Value!);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
            }
        }
    }

    private static string Snapshot(ReliabilityData data) => JsonSerializer.Serialize(data);
}
