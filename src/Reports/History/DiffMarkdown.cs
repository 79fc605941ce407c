using System.Globalization;
using System.Text;
using Reports.Domain;
using Reports.Scoring;

namespace Reports.History;

/// <summary>
/// A <see cref="ProgramDiff"/> as a pull-request comment and job summary: a heading, a summary line, a table
/// per changed week, then the rubric, policy, gates, incidents and findings that differ, long lists folded into
/// <c>&lt;details&gt;</c>. Every text from the data is escaped (<see cref="MarkdownText"/>).
/// </summary>
public static class DiffMarkdown
{
    public const string Heading = "## Reliability program: what this change does";

    /// <summary>GitHub refuses comments over 65,536 characters; longer output is cut, saying so.</summary>
    public const int MaxLength = 65_000;

    private const int CellLimit = 120;
    private const int FoldAfterRows = 8;

    public static string Write(ProgramDiff diff, DiffSide baseSide, DiffSide head)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(baseSide);
        ArgumentNullException.ThrowIfNull(head);

        var md = new StringBuilder();
        md.Append(Heading).Append("\n\n");
        if (diff.IsEmpty)
        {
            md.Append(Invariant($"No change to the program: compared with {Describe(baseSide)}, every scored week, the rubric, the policy, the gates, the incidents and the findings of {MarkdownText.Escape(head.Spec)} are as they were.\n"));
            return md.ToString();
        }

        md.Append("Compared with ").Append(Describe(baseSide)).Append(": ").Append(Summary(diff)).Append(".\n");
        WriteBlocking(md, diff.Blocking);
        foreach (var week in diff.Weeks)
        {
            WriteWeek(md, week);
        }

        WriteSnapshots(md, diff);

        WriteRecords(md, "Rubric", "category", diff.Rubric);
        WritePolicy(md, diff.Policy);
        WriteRecords(md, "Gates", "gate", diff.Gates);
        WriteRecords(md, "Incidents", "incident", diff.Incidents);
        WriteRecords(md, "Findings", "finding", diff.Findings);
        return Fit(md.ToString());
    }

    private static string Describe(DiffSide side) => side.Commit is { } commit
        ? $"{MarkdownText.Escape(side.Spec)} (commit `{commit[..Math.Min(12, commit.Length)]}`)"
        : MarkdownText.Escape(side.Spec);

    private static string Summary(ProgramDiff diff)
    {
        var parts = new List<string>();
        AddWeeks(ChangeKind.Added, "added", bold: true);
        AddWeeks(ChangeKind.Changed, "changed", bold: false);
        AddWeeks(ChangeKind.Removed, "removed", bold: false);
        var restated = diff.Restated.Count();
        if (restated > 0)
        {
            parts.Add($"⚠️ **{Count(restated, "archived week")} restated**");
        }

        if (diff.SnapshotsAdded.Count > 0)
        {
            parts.Add($"{Count(diff.SnapshotsAdded.Count, "snapshot")} added ({string.Join(", ", diff.SnapshotsAdded.Select(Date))})");
        }

        if (diff.SnapshotsRemoved.Count > 0)
        {
            parts.Add($"⚠️ **{Count(diff.SnapshotsRemoved.Count, "snapshot")} removed** ({string.Join(", ", diff.SnapshotsRemoved.Select(Date))})");
        }

        AddRecords("rubric", diff.Rubric);
        if (diff.Policy.Count > 0)
        {
            parts.Add($"policy: {Count(diff.Policy.Count, "value")} changed");
        }

        AddRecords("gates", diff.Gates);
        AddRecords("incidents", diff.Incidents);
        AddRecords("findings", diff.Findings);
        return string.Join(" · ", parts);

        void AddWeeks(ChangeKind kind, string verb, bool bold)
        {
            var weeks = diff.Weeks.Where(w => w.Change == kind).Select(w => Date(w.WeekOf)).ToArray();
            if (weeks.Length > 0)
            {
                var text = $"{Count(weeks.Length, "week")} {verb}";
                parts.Add($"{(bold ? $"**{text}**" : text)} ({string.Join(", ", weeks)})");
            }
        }

        void AddRecords(string name, IReadOnlyList<RecordChange> records)
        {
            if (records.Count > 0)
            {
                parts.Add($"{name}: {RecordCounts(records)}");
            }
        }
    }

    private static void WriteWeek(StringBuilder md, WeekChange week)
    {
        var kind = week.Change switch
        {
            ChangeKind.Added => "new",
            ChangeKind.Removed => "removed",
            _ => "changed",
        };
        md.Append("\n### Week of ").Append(Date(week.WeekOf)).Append(" · ").Append(kind);
        if (week.Restated)
        {
            md.Append(" · ⚠️ archived week restated");
        }

        md.Append("\n\n");
        if (week.Restated)
        {
            md.Append(Invariant($"> ⚠️ This week was published: its snapshot in `archive/{Date(week.WeekOf)}/` keeps the published numbers, and the site will no longer match it.\n\n"));
        }

        if (week.After is null)
        {
            var was = week.Before!;
            md.Append("Was **").Append(ContractText.Total(was.Total)).Append("** · ").Append(PhaseText(was)).Append(" · ").Append(DecisionText(was))
              .Append(". Its scores are gone from the data.\n");
            return;
        }

        md.Append(Headline(week)).Append("\n\n");
        if (week.Flips.Count > 0)
        {
            var since = week.Change == ChangeKind.Added ? "Since the week before" : "Compared with the base";
            md.Append(since).Append(": ").Append(string.Join(" · ", week.Flips.Select(f => $"{MarkdownText.Escape(f.Label)}: **{f.Verdict}**"))).Append(".\n\n");
        }

        WriteWeekTable(md, week);
        WriteTexts(md, week);
    }

    /// <summary>What reviewers ask first: with this change, what still stands between the program and the next phase.</summary>
    private static void WriteBlocking(StringBuilder md, StillBlocking? blocking)
    {
        if (blocking is null)
        {
            return;
        }

        var rules = string.Join(" · ", blocking.Rules.Select(r => MarkdownText.Escape(r.Detail)));
        var week = Date(blocking.WeekOf);
        if (blocking.Phase == PhaseMachine.ReentryPhase)
        {
            if (blocking.Rules.Count > 0)
            {
                md.Append(Invariant($"\n**Freeze triggers active** in the latest week ({week}): {rules}.\n"));
            }

            return;
        }

        var exit = Invariant($"phase {blocking.Phase} → {blocking.Phase + 1}");
        md.Append(blocking.Rules.Count > 0
            ? $"\n**Still blocking {exit}** in the latest week ({week}): {rules}.\n"
            : $"\n**Nothing blocks {exit}** in the latest week ({week}): {DecisionText(blocking)}.\n");
    }

    private static void WriteSnapshots(StringBuilder md, ProgramDiff diff)
    {
        if (diff.SnapshotsAdded.Count == 0 && diff.SnapshotsRemoved.Count == 0)
        {
            return;
        }

        md.Append("\n### Snapshots\n\n");
        foreach (var week in diff.SnapshotsAdded)
        {
            md.Append(Invariant($"- added: `archive/{Date(week)}/`, the week of {Date(week)} as published; once merged it never changes\n"));
        }

        foreach (var week in diff.SnapshotsRemoved)
        {
            md.Append(Invariant($"- ⚠️ removed: `archive/{Date(week)}/`; the archive is append-only, so a published week loses its record\n"));
        }
    }

    private static string Headline(WeekChange week)
    {
        var now = week.After!;
        var total = $"**{ContractText.Total(now.Total)}**";
        var change = (week.Change, week.Before) switch
        {
            (_, null) => " (first scored week)",
            (ChangeKind.Added, { } previous) => $" ({Signed(now.Total - previous.Total)} from {ContractText.Total(previous.Total)} on {Date(previous.WeekOf)})",
            (_, { } was) when was.Total != now.Total => $" (was {ContractText.Total(was.Total)}: {Signed(now.Total - was.Total)})",
            _ => " (total unchanged)",
        };
        return $"{total}{change} · {PhaseText(now)} · {DecisionText(now)}";
    }

    private static void WriteWeekTable(StringBuilder md, WeekChange week)
    {
        var before = week.Change == ChangeKind.Added ? (week.Before is { } previous ? Date(previous.WeekOf) : "—") : "before";
        var after = week.Change == ChangeKind.Added ? Date(week.WeekOf) : "after";
        md.Append("| | ").Append(before).Append(" | ").Append(after).Append(" | change |\n|---|--:|--:|--:|\n");

        foreach (var category in week.Categories)
        {
            Row(md, MarkdownText.Escape(category.Name), ScoreCell(category.Before, category.PointsBefore), ScoreCell(category.After, category.PointsAfter), DeltaCell(category));
        }

        var was = week.Before;
        var now = week.After!;
        Row(md, "**Total**", was is null ? "—" : $"**{ContractText.Total(was.Total)}**", $"**{ContractText.Total(now.Total)}**", week.TotalDelta is decimal delta ? $"**{Signed(delta)}**" : "");
        if (was is not null)
        {
            RowIfDifferent(md, "Phase", Number(was.Phase), Number(now.Phase));
            RowIfDifferent(md, "Decision", ContractText.Name(was.Decision), ContractText.Name(now.Decision));
            RowIfDifferent(md, "Next phase", Number(was.NextPhase), Number(now.NextPhase));
            if (week.Change == ChangeKind.Changed)
            {
                RowIfDifferent(md, "Recorded decision", Recorded(was), Recorded(now));
            }
        }

        foreach (var gate in week.Gates)
        {
            Row(md, $"Gate {MarkdownText.Escape(gate.Id)} · {MarkdownText.Escape(gate.Name)}", Status(gate.Before), Status(gate.After), gate.Trace is null ? "" : MarkdownText.Escape(gate.Trace));
        }

        SetRow(md, "No-Go", week.NoGo, "active", "cleared");
        SetRow(md, "Freeze triggers", week.FreezeTriggers, "active", "cleared");
        SetRow(md, "Open incidents", week.OpenIncidents, "now open", "no longer open");
        SetRow(md, "Unresolved findings", week.UnresolvedFindings, "now unresolved", "no longer unresolved");
    }

    private static void WriteTexts(StringBuilder md, WeekChange week)
    {
        if (week.Texts.Count == 0)
        {
            return;
        }

        md.Append("\n<details><summary>").Append(Count(week.Texts.Count, "text")).Append(" edited</summary>\n\n");
        md.Append("| text | before | after |\n|---|---|---|\n");
        foreach (var text in week.Texts)
        {
            md.Append("| ").Append(TextLabel(week, text)).Append(" | ").Append(Cell(text.Before)).Append(" | ").Append(Cell(text.After)).Append(" |\n");
        }

        md.Append("\n</details>\n");
    }

    private static string TextLabel(WeekChange week, TextChange text)
    {
        var subject = text.Subject == "decision"
            ? "recorded decision"
            : week.After!.Categories.FirstOrDefault(c => c.Category.Key == text.Subject)?.Category.Name ?? text.Subject;
        return $"{text.Field} · {MarkdownText.Escape(subject)}";
    }

    private static void WriteRecords(StringBuilder md, string title, string noun, IReadOnlyList<RecordChange> records)
    {
        if (records.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(title).Append("\n\n");
        foreach (var kind in new[] { ChangeKind.Added, ChangeKind.Changed, ChangeKind.Removed })
        {
            var ofKind = records.Where(r => r.Change == kind).ToArray();
            if (ofKind.Length > 0)
            {
                md.Append("- ").Append(Name(kind)).Append(": ")
                  .Append(string.Join(", ", ofKind.Select(r => $"**{MarkdownText.Escape(r.Id)}** {MarkdownText.Shortened(r.Title, 60)}")))
                  .Append('\n');
            }
        }

        var rows = records.SelectMany(r => r.Fields.Select((f, i) => (Record: i == 0 ? MarkdownText.Escape(r.Id) : "", Field: f))).ToArray();
        var table = new StringBuilder();
        table.Append("| ").Append(noun).Append(" | field | before | after |\n|---|---|---|---|\n");
        foreach (var (record, field) in rows)
        {
            table.Append("| ").Append(record).Append(" | ").Append(MarkdownText.Escape(field.Field)).Append(" | ")
                 .Append(Cell(field.Before)).Append(" | ").Append(Cell(field.After)).Append(" |\n");
        }

        Fold(md, rows.Length, "Field by field", table.ToString());
    }

    private static void WritePolicy(StringBuilder md, IReadOnlyList<FieldChange> policy)
    {
        if (policy.Count == 0)
        {
            return;
        }

        md.Append("\n### Policy\n\n| key | before | after |\n|---|--:|--:|\n");
        foreach (var field in policy)
        {
            md.Append("| ").Append(MarkdownText.Escape(field.Field)).Append(" | ").Append(Cell(field.Before)).Append(" | ").Append(Cell(field.After)).Append(" |\n");
        }
    }

    /// <summary>A short table stays visible; a long one folds so that the weeks above stay readable.</summary>
    private static void Fold(StringBuilder md, int rows, string summary, string table)
    {
        if (rows <= FoldAfterRows)
        {
            md.Append('\n').Append(table);
            return;
        }

        md.Append("\n<details><summary>").Append(summary).Append(Invariant($" ({rows} fields)")).Append("</summary>\n\n").Append(table).Append("\n</details>\n");
    }

    private static void Row(StringBuilder md, string label, string before, string after, string change) =>
        md.Append("| ").Append(label).Append(" | ").Append(before).Append(" | ").Append(after).Append(" | ").Append(change).Append(" |\n");

    private static void RowIfDifferent(StringBuilder md, string label, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            Row(md, label, before, after, "");
        }
    }

    private static void SetRow(StringBuilder md, string label, CodeSetChange change, string added, string removed)
    {
        if (change.IsEmpty)
        {
            return;
        }

        var parts = new List<string>();
        if (change.Added.Count > 0)
        {
            parts.Add($"{added}: {string.Join(", ", change.Added.Select(MarkdownText.Escape))}");
        }

        if (change.Removed.Count > 0)
        {
            parts.Add($"{removed}: {string.Join(", ", change.Removed.Select(MarkdownText.Escape))}");
        }

        Row(md, label, "", "", string.Join("; ", parts));
    }

    private static string ScoreCell(int? score, decimal? points) =>
        score is int s && points is decimal p ? Invariant($"{s} · {ContractText.Total(p)}") : "—";

    private static string DeltaCell(CategoryChange category) => category.Delta is int delta
        ? Invariant($"{(delta > 0 ? "+" : "")}{delta} · {Signed(category.PointsDelta!.Value)}")
        : category.Before is null ? "new category" : "category removed";

    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : MarkdownText.Shortened(text, CellLimit);

    private static string Status(GateStatus? status) => status is GateStatus s ? ContractText.Name(s) : "—";

    private static string Recorded(WeekResult week) => week.Recorded is { } recorded ? ContractText.Name(recorded.Decision) : "—";

    private static string PhaseText(WeekResult week) => Invariant($"Phase {week.Phase} ({Phases.Name(week.Phase)})");

    private static string DecisionText(WeekResult week) => Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase);

    private static string DecisionText(StillBlocking week) => Phases.DescribeDecision(week.Decision, week.Phase, week.NextPhase);

    private static string RecordCounts(IReadOnlyList<RecordChange> records) => string.Join(", ",
        new[] { ChangeKind.Added, ChangeKind.Changed, ChangeKind.Removed }
            .Select(kind => (Kind: kind, Count: records.Count(r => r.Change == kind)))
            .Where(c => c.Count > 0)
            .Select(c => Invariant($"{c.Count} {Name(c.Kind)}")));

    private static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };

    private static string Signed(decimal value) => value > 0 ? "+" + ContractText.Total(value) : value < 0 ? "-" + ContractText.Total(-value) : "±0.00";

    private static string Count(int count, string noun) => Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Cuts at a line end below <see cref="MaxLength"/>, closing a fold left open, and says where the rest is.</summary>
    private static string Fit(string markdown)
    {
        if (markdown.Length <= MaxLength)
        {
            return markdown;
        }

        var cut = markdown.LastIndexOf('\n', MaxLength - 400) + 1;
        var kept = markdown[..cut];
        var open = CountOf(kept, "<details>") - CountOf(kept, "</details>");
        return kept + (open > 0 ? "\n</details>\n" : "") + "\n_The list is too long for one comment and was cut here: run `reports diff` locally for all of it._\n";
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
