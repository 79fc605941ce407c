using System.Text.Json;
using Reports.Domain;
using Reports.Rendering.Json;
using Reports.Scoring;
using static Reports.Rendering.Json.JsonValues;

namespace Reports.History;

/// <summary>
/// A <see cref="ProgramDiff"/> as JSON (<c>reports diff --json</c>), for scripts and bots. Field names are stable
/// and documented in <c>docs/diff.md</c>; amounts have two decimals as in <c>weeks.json</c>; UTF-8, indented by 2,
/// <c>\n</c> line ends, the same bytes under every culture.
/// </summary>
public static class DiffJson
{
    /// <summary>Bumped only when a field changes name or meaning; added fields keep it.</summary>
    public const int Schema = 1;

    public static string Write(ProgramDiff diff, DiffSide baseSide, DiffSide head)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(baseSide);
        ArgumentNullException.ThrowIfNull(head);

        return JsonText.WriteString(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema", Schema);
            WriteSide(writer, "base", baseSide);
            WriteSide(writer, "head", head);
            writer.WriteBoolean("changed", !diff.IsEmpty);
            WriteSummary(writer, diff);
            writer.WriteStartArray("weeks");
            foreach (var week in diff.Weeks)
            {
                WriteWeek(writer, week);
            }

            writer.WriteEndArray();
            WriteRecords(writer, "rubric", diff.Rubric);
            writer.WriteStartArray("policy");
            foreach (var field in diff.Policy)
            {
                WriteField(writer, field);
            }

            writer.WriteEndArray();
            WriteRecords(writer, "gates", diff.Gates);
            WriteRecords(writer, "incidents", diff.Incidents);
            WriteRecords(writer, "findings", diff.Findings);
            writer.WriteStartObject("snapshots");
            WriteDates(writer, "added", diff.SnapshotsAdded);
            WriteDates(writer, "removed", diff.SnapshotsRemoved);
            writer.WriteEndObject();
            WriteBlocking(writer, diff.Blocking);
            writer.WriteEndObject();
        });
    }

    /// <summary>The change's latest week and the rules of its decision that are measured and not met.</summary>
    private static void WriteBlocking(Utf8JsonWriter writer, StillBlocking? blocking)
    {
        if (blocking is null)
        {
            writer.WriteNull("blocking");
            return;
        }

        writer.WriteStartObject("blocking");
        writer.WriteString("week_of", Date(blocking.WeekOf));
        writer.WriteNumber("phase", blocking.Phase);
        writer.WriteString("decision", ContractText.Name(blocking.Decision));
        writer.WriteNumber("next_phase", blocking.NextPhase);
        writer.WriteStartArray("rules");
        foreach (var rule in blocking.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", rule.Kind);
            writer.WriteString("subject", rule.Subject);
            writer.WriteString("text", rule.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter writer, string name, DiffSide side)
    {
        writer.WriteStartObject(name);
        writer.WriteString("spec", side.Spec);
        writer.WriteString("kind", side.Kind);
        writer.WriteString("commit", side.Commit);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ProgramDiff diff)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("weeks_added", diff.WeekCount(ChangeKind.Added));
        writer.WriteNumber("weeks_changed", diff.WeekCount(ChangeKind.Changed));
        writer.WriteNumber("weeks_removed", diff.WeekCount(ChangeKind.Removed));
        writer.WriteNumber("archived_weeks_restated", diff.Restated.Count());
        writer.WriteNumber("rubric", diff.Rubric.Count);
        writer.WriteNumber("policy", diff.Policy.Count);
        writer.WriteNumber("gates", diff.Gates.Count);
        writer.WriteNumber("incidents", diff.Incidents.Count);
        writer.WriteNumber("findings", diff.Findings.Count);
        writer.WriteEndObject();
    }

    private static void WriteWeek(Utf8JsonWriter writer, WeekChange week)
    {
        writer.WriteStartObject();
        writer.WriteString("week_of", Date(week.WeekOf));
        writer.WriteString("change", Name(week.Change));
        if (week.Change != ChangeKind.Added)
        {
            writer.WriteString("compared_with", "base");
        }
        else if (week.Before is { } previous)
        {
            writer.WriteString("compared_with", Date(previous.WeekOf));
        }
        else
        {
            writer.WriteNull("compared_with");
        }

        writer.WriteBoolean("archived", week.Archived);
        writer.WriteBoolean("restated", week.Restated);
        WriteOutcome(writer, "before", week.Before);
        WriteOutcome(writer, "after", week.After);
        WriteAmountOrNull(writer, "total_delta", week.TotalDelta);

        writer.WriteStartArray("categories");
        foreach (var category in week.Categories)
        {
            writer.WriteStartObject();
            writer.WriteString("key", category.Key);
            writer.WriteString("name", category.Name);
            WriteNumberOrNull(writer, "before", category.Before);
            WriteNumberOrNull(writer, "after", category.After);
            WriteNumberOrNull(writer, "delta", category.Delta);
            WriteAmountOrNull(writer, "points_before", category.PointsBefore);
            WriteAmountOrNull(writer, "points_after", category.PointsAfter);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("gates");
        foreach (var gate in week.Gates)
        {
            writer.WriteStartObject();
            writer.WriteString("id", gate.Id);
            writer.WriteString("before", gate.Before is GateStatus before ? ContractText.Name(before) : null);
            writer.WriteString("after", gate.After is GateStatus after ? ContractText.Name(after) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteSet(writer, "no_go", week.NoGo);
        WriteSet(writer, "freeze_triggers", week.FreezeTriggers);
        WriteSet(writer, "open_incidents", week.OpenIncidents);
        WriteSet(writer, "unresolved_findings", week.UnresolvedFindings);
        writer.WriteStartArray("rules_flipped");
        foreach (var flip in week.Flips)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", flip.Rule);
            writer.WriteString("subject", flip.Subject);
            writer.WriteString("label", flip.Label);
            WriteMet(writer, "before", flip.Before);
            WriteMet(writer, "after", flip.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("texts");
        foreach (var text in week.Texts)
        {
            writer.WriteStartObject();
            writer.WriteString("subject", text.Subject);
            writer.WriteString("field", text.Field);
            writer.WriteString("before", text.Before);
            writer.WriteString("after", text.After);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The headline of one side of a week: what the review reads off the scorecard.</summary>
    private static void WriteOutcome(Utf8JsonWriter writer, string name, WeekResult? week)
    {
        if (week is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("week_of", Date(week.WeekOf));
        writer.WriteNumber("phase", week.Phase);
        WriteAmount(writer, "total", week.Total);
        writer.WriteString("decision", ContractText.Name(week.Decision));
        writer.WriteNumber("next_phase", week.NextPhase);
        writer.WriteString("recorded_decision", week.Recorded is { } recorded ? ContractText.Name(recorded.Decision) : null);
        WriteStrings(writer, "no_go", week.ActiveNoGoCodes);
        WriteStrings(writer, "freeze_triggers", week.ActiveFreezeCodes);
        writer.WriteEndObject();
    }

    private static void WriteRecords(Utf8JsonWriter writer, string name, IReadOnlyList<RecordChange> records)
    {
        writer.WriteStartArray(name);
        foreach (var record in records)
        {
            writer.WriteStartObject();
            writer.WriteString("id", record.Id);
            writer.WriteString("title", record.Title);
            writer.WriteString("change", Name(record.Change));
            writer.WriteStartArray("fields");
            foreach (var field in record.Fields)
            {
                WriteField(writer, field);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteField(Utf8JsonWriter writer, FieldChange field)
    {
        writer.WriteStartObject();
        writer.WriteString("field", field.Field);
        writer.WriteString("before", field.Before);
        writer.WriteString("after", field.After);
        writer.WriteEndObject();
    }

    private static void WriteSet(Utf8JsonWriter writer, string name, CodeSetChange change)
    {
        writer.WriteStartObject(name);
        WriteStrings(writer, "added", change.Added);
        WriteStrings(writer, "removed", change.Removed);
        writer.WriteEndObject();
    }

    private static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        _ => "changed",
    };
}
