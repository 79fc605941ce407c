using AngleSharp.Html.Parser;
using Markdig;
using Reports.Domain;
using Reports.History;
using Reports.Scoring;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.History;

/// <summary>The pull-request comment as GitHub would render it: CSV text stays text, tables keep their shape.</summary>
public sealed class DiffMarkdownTests
{
    private const string Hostile = "a | b `code` <script>alert(1)</script> [x](javascript:alert(1)) *bold* @reliability-team $x$ \\ ~~gone~~";

    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly DiffSide Base = new("origin/main", DiffSide.GitRef, "0123456789abcdef0123456789abcdef01234567");
    private static readonly DiffSide Head = DiffSide.OfFolder("data");

    [Fact]
    public void Csv_text_is_rendered_as_literal_text_in_table_cells()
    {
        var before = PlanWeek1().WithFinding("KI-9", Priority.P2, "known-issue", Week1).Evaluate();
        var changed = ProgramEvaluator.Evaluate(before.Data with { Findings = [WithTitle(before.Data.Findings[0], Hostile)] });

        var html = Markdown.ToHtml(DiffMarkdown.Write(ProgramDiffer.Compare(before, changed, new HashSet<DateOnly>()), Base, Head), GitHubLike);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("a[href^='javascript']"));
        var row = document.QuerySelectorAll("tr").Single(tr => tr.TextContent.Contains("title", StringComparison.Ordinal));
        Assert.Empty(row.QuerySelectorAll("code, em, strong, del, a, script"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray();
        Assert.Equal(4, cells.Length);
        Assert.Equal(Hostile.Replace("@", "@\u2060", StringComparison.Ordinal), cells[3]);
    }

    [Fact]
    public void A_mention_in_the_data_does_not_notify_anyone()
    {
        var escaped = MarkdownText.Escape("ask @octocat or @org/team");

        Assert.DoesNotContain("@o", escaped, StringComparison.Ordinal);
        Assert.Equal("ask @\u2060octocat or @\u2060org/team", escaped);
    }

    [Fact]
    public void Line_breaks_in_a_rationale_do_not_break_the_table()
    {
        var before = PlanWeeks().Evaluate();
        var edited = ProgramEvaluator.Evaluate(before.Data with
        {
            Scores = [.. before.Data.Scores.Select(s => s.Category == "ci" && s.WeekOf == Date(Week1) ? s with { Rationale = "line one\r\nline two\n\n- a list" } : s)],
        });

        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(before, edited, new HashSet<DateOnly>()), Base, Head);

        Assert.Contains("| rationale · Test and CI Strength | ci at 3 | line one line two  - a list |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_list_of_field_changes_folds_into_details()
    {
        var before = new ProgramReport(new ReliabilityData([], Policy.Default, [], [], [], [], [], []), []);
        var after = PlanWeek1().Evaluate();

        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(before, after, new HashSet<DateOnly>()), Base, Head);

        Assert.Contains("### Rubric\n\n- added: **measurement** Measurement Completeness", markdown, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Field by field (12 fields)</summary>\n\n| category | field | before | after |", markdown, StringComparison.Ordinal);
        Assert.Equal(Occurrences(markdown, "<details>"), Occurrences(markdown, "</details>"));
    }

    [Fact]
    public void A_diff_too_long_for_one_comment_is_cut_saying_so()
    {
        var before = PlanWeek1().Evaluate();
        var many = Enumerable.Range(1, 3000).Aggregate(PlanWeek1(), (builder, i) => builder.WithFinding($"F-{i}", Priority.P3, "hardening", Week1));

        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(before, many.Evaluate(), new HashSet<DateOnly>()), Base, Head);

        Assert.True(markdown.Length <= DiffMarkdown.MaxLength, $"{markdown.Length} characters");
        Assert.EndsWith("run `reports diff` locally for all of it._\n", markdown, StringComparison.Ordinal);
        Assert.Equal(Occurrences(markdown, "<details>"), Occurrences(markdown, "</details>"));
    }

    [Fact]
    public void Names_the_base_ref_and_its_commit()
    {
        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(PlanWeek1().Evaluate(), PlanWeeks().Evaluate(), new HashSet<DateOnly>()), Base, Head);

        Assert.Contains("Compared with origin/main (commit `0123456789ab`): **1 week added** (2026-02-18).", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_week_says_what_it_was()
    {
        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(PlanWeeks().Evaluate(), PlanWeek1().Evaluate(), new HashSet<DateOnly>()), Base, Head);

        Assert.Contains("### Week of 2026-02-18 · removed\n\nWas **55.00** · Phase 1 (Metric Hardening) · Stay in Phase 1. Its scores are gone from the data.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_week_says_which_rules_flipped_since_the_week_before()
    {
        const string Week3 = "2026-02-25";
        var before = PlanWeeks().WithPlanEvidence().Evaluate();
        var after = PlanWeeks().WithPlanEvidence().WithWeek(Week3, 3, 2, 3, 2, 2, 3)
            .WithGate(Week3, "G1", GateStatus.Pass).WithGate(Week3, "G2", GateStatus.Pass)
            .WithGate(Week3, "G3", GateStatus.Fail).WithGate(Week3, "G4", GateStatus.Pending).Evaluate();

        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(before, after, new HashSet<DateOnly>()), Base, Head);

        Assert.Contains(
            "Since the week before: every category ≥ 2: **now met** · G2 Reliability blockers closed passes: **now met**.\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_week_says_which_rules_flipped_against_the_base()
    {
        var before = PlanWeeks().WithPlanEvidence().Evaluate();
        var after = PlanWeeks().WithPlanEvidence().WithScore(Week2, "outcomes", 2).WithGate(Week2, "G1", GateStatus.Fail).Evaluate();

        var markdown = DiffMarkdown.Write(ProgramDiffer.Compare(before, after, new HashSet<DateOnly>()), Base, Head);

        Assert.Contains(
            "Compared with the base: every category ≥ 2: **now met** · G1 Instrumentation completeness passes: **no longer met**.\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Says_what_still_blocks_the_next_phase_in_the_latest_week()
    {
        var markdown = DiffMarkdown.Write(
            ProgramDiffer.Compare(PlanWeek1().WithPlanEvidence().Evaluate(), PlanWeeks().WithPlanEvidence().Evaluate(), new HashSet<DateOnly>()), Base, Head);

        Assert.Contains(
            "**Still blocking phase 1 → 2** in the latest week (2026-02-18): Reliability Outcomes 1 &lt; 2 · total 55.00 &lt; 85 · G2 fail · G3 fail · G4 pending · open-redteam-p0p1: M-1.\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_snapshots_the_change_adds_even_when_nothing_else_changes()
    {
        var report = PlanWeeks().Evaluate();
        var diff = ProgramDiffer.Compare(report, report, new HashSet<DateOnly>(), new HashSet<DateOnly> { Date(Week1) });

        var markdown = DiffMarkdown.Write(diff, Base, Head);

        Assert.False(diff.IsEmpty);
        Assert.Contains("1 snapshot added (2026-02-17).", markdown, StringComparison.Ordinal);
        Assert.Contains("### Snapshots\n\n- added: `archive/2026-02-17/`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_snapshot_is_flagged()
    {
        var report = PlanWeeks().Evaluate();
        var diff = ProgramDiffer.Compare(report, report, new HashSet<DateOnly> { Date(Week1) }, new HashSet<DateOnly>());

        var markdown = DiffMarkdown.Write(diff, Base, Head);

        Assert.Contains("⚠️ **1 snapshot removed** (2026-02-17)", markdown, StringComparison.Ordinal);
        Assert.Contains("- ⚠️ removed: `archive/2026-02-17/`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void For_a_terminal_the_escapes_are_undone_and_folds_become_their_summary()
    {
        var before = new ProgramReport(new ReliabilityData([], Policy.Default, [], [], [], [], [], []), []);
        var markdown = DiffMarkdown.Write(
            ProgramDiffer.Compare(before, PlanWeek1().Evaluate(), new HashSet<DateOnly>()), new DiffSide("HEAD~1", DiffSide.GitRef, null), Head);

        var text = TerminalMarkdown.From(markdown);

        Assert.Contains("Compared with HEAD\\~1", markdown, StringComparison.Ordinal);
        Assert.Contains("Compared with HEAD~1", text, StringComparison.Ordinal);
        Assert.Contains("Field by field (12 fields):\n\n| category | field | before | after |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("details>", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Hostile)]
    [InlineData("a literal &lt; and &amp; stay as written")]
    [InlineData("HEAD~1 and feature_x and #12 and !important")]
    public void Undoing_the_escapes_gives_back_the_text(string text)
    {
        Assert.Equal(text, TerminalMarkdown.From(MarkdownText.Escape(text)));
    }

    private static Finding WithTitle(Finding finding, string title) => finding with { Title = title };

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;
}
