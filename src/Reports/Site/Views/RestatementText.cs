using Reports.Archive;
using Reports.Domain;
using Reports.History;
using Reports.Scoring;

namespace Reports.Site.Views;

/// <summary>What a restatement changed, one plain sentence each, in the order a reader checks a scorecard.</summary>
public static class RestatementText
{
    private const int LongValue = 60;

    /// <summary>Fields holding prose: they are said to be edited rather than quoted.</summary>
    private static readonly string[] ProseFields = ["criteria", "summary", "evidence", "rationale", "note"];

    public static IReadOnlyList<string> Lines(Restatement restatement)
    {
        ArgumentNullException.ThrowIfNull(restatement);
        if (restatement.Live is not { } live)
        {
            return ["The data no longer scores this week."];
        }

        var manifest = restatement.Manifest;
        var lines = new List<string>();
        if (restatement.TotalChanged)
        {
            lines.Add($"Total: {Format.Points(manifest.Total)} as published, {Format.Points(live.Total)} now ({Format.PointsDelta(live.Total - manifest.Total)}).");
        }

        if (restatement.PhaseChanged)
        {
            lines.Add($"Phase: {Format.Integer(manifest.Phase)} as published, {Format.Integer(live.Phase)} now.");
        }

        if (restatement.DecisionChanged)
        {
            lines.Add($"Decision: {Chips.DecisionCode(manifest.Decision)} as published, {Chips.DecisionCode(live.Decision)} now.");
        }

        if (restatement.Week is { } week)
        {
            AddWeek(week, lines);
        }

        if (restatement.Rows is { } rows)
        {
            AddRecords("Rubric category", rows.Rubric, lines);
            lines.AddRange(rows.Policy.Select(p => $"Policy {p.Field}: {Value(p.Before)} \u2192 {Value(p.After)}."));
            AddRecords("Gate", rows.Gates, lines);
            AddRecords("Incident", rows.Incidents, lines);
            AddRecords("Finding", rows.Findings, lines);
        }

        return lines;
    }

    private static void AddWeek(WeekChange week, List<string> lines)
    {
        foreach (var category in week.Categories)
        {
            lines.Add((category.Before, category.After) switch
            {
                (null, { } score) => $"{category.Name}: added, score {Format.Integer(score)}.",
                ({ } score, null) => $"{category.Name}: removed (was score {Format.Integer(score)}).",
                var (before, after) when before != after =>
                    $"{category.Name}: score {Format.Integer(before!.Value)} \u2192 {Format.Integer(after!.Value)} ({Points(category.PointsBefore)} \u2192 {Points(category.PointsAfter)} points).",
                _ => $"{category.Name}: {Points(category.PointsBefore)} \u2192 {Points(category.PointsAfter)} points (its weight changed).",
            });
        }

        if (week.Before?.Recorded?.Decision != week.After?.Recorded?.Decision)
        {
            lines.Add($"Recorded decision: {Recorded(week.Before?.Recorded)} \u2192 {Recorded(week.After?.Recorded)}.");
        }

        lines.AddRange(week.Gates.Select(g => $"Gate {g.Id}: {Status(g.Before)} \u2192 {Status(g.After)}."));
        AddCodes("No-Go condition", week.NoGo, "active", lines);
        AddCodes("Freeze trigger", week.FreezeTriggers, "active", lines);
        AddCodes("Incident", week.OpenIncidents, "open that week", lines);
        AddCodes("Finding", week.UnresolvedFindings, "unresolved that week", lines);
        foreach (var text in week.Texts)
        {
            var subject = text.Subject == "decision"
                ? "the recorded decision"
                : week.After?.Categories.FirstOrDefault(c => c.Category.Key == text.Subject)?.Category.Name ?? text.Subject;
            lines.Add(text.Field == "link"
                ? $"Link of {subject}: {Value(text.Before)} \u2192 {Value(text.After)}."
                : $"{Capitalized(text.Field)} of {subject} edited.");
        }
    }

    private static void AddCodes(string kind, CodeSetChange change, string state, List<string> lines)
    {
        lines.AddRange(change.Added.Select(code => $"{kind} {code}: now {state}."));
        lines.AddRange(change.Removed.Select(code => $"{kind} {code}: no longer {state}."));
    }

    private static void AddRecords(string kind, IReadOnlyList<RecordChange> records, List<string> lines)
    {
        foreach (var record in records)
        {
            var name = record.Title.Length > 0 && record.Title != record.Id ? $"{kind} {record.Id} ({Cut(record.Title)})" : $"{kind} {record.Id}";
            lines.Add(record.Change switch
            {
                ChangeKind.Added => $"{name}: added.",
                ChangeKind.Removed => $"{name}: removed from the data.",
                _ => $"{name}: {string.Join("; ", record.Fields.Select(Describe))}.",
            });
        }
    }

    private static string Describe(FieldChange field) =>
        ProseFields.Contains(field.Field, StringComparer.Ordinal) || field.Field.StartsWith("level_", StringComparison.Ordinal)
            ? field.Field + " edited"
            : $"{field.Field} {Value(field.Before)} \u2192 {Value(field.After)}";

    private static string Points(decimal? points) => points is decimal p ? Format.Points(p) : "none";

    private static string Status(GateStatus? status) => status is GateStatus s ? ContractText.Name(s) : "not defined";

    private static string Recorded(RecordedDecision? recorded) => recorded is null ? "none" : Chips.DecisionCode(recorded.Decision);

    private static string Value(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : "'" + Cut(value) + "'";

    private static string Cut(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length <= LongValue ? line : line[..LongValue] + "\u2026";
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
