using System.Globalization;
using System.Text.Json;
using Reports.Domain;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using static Reports.Rendering.Json.JsonValues;

namespace Reports.Rendering.Json;

/// <summary>
/// One week object of <c>weeks.json</c>: the contract's fields first, in the contract's order and
/// meaning, then the fields this project adds (previous total, discrepancy, trace and its checks, uplift, open items), then the
/// evidence contract's additions (not measured, validation window, SLOs, CI, overdue), then the weekly review's
/// (checklist, time in phase, forecast, freeze margin, overdue findings).
/// </summary>
internal static class WeekJson
{
    public static void Write(Utf8JsonWriter writer, WeekResult week)
    {
        writer.WriteStartObject();
        WriteFields(writer, week);
        writer.WriteEndObject();
    }

    /// <summary>The week's fields without the enclosing braces, for objects that add their own first.</summary>
    public static void WriteFields(Utf8JsonWriter writer, WeekResult week)
    {
        writer.WriteString("week_of", week.WeekOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteNumber("phase", week.Phase);
        WriteAmount(writer, "total", week.Total);
        WriteCategories(writer, week.Categories);
        WriteGates(writer, week.Gates);
        WriteStrings(writer, "no_go", week.ActiveNoGoCodes);
        WriteStrings(writer, "freeze_triggers", week.ActiveFreezeCodes);
        writer.WriteString("decision", ContractText.Name(week.Decision));
        writer.WriteNumber("next_phase", week.NextPhase);
        if (week.Recorded is { } recorded)
        {
            writer.WriteString("recorded_decision", ContractText.Name(recorded.Decision));
        }
        else
        {
            writer.WriteNull("recorded_decision");
        }

        // Added fields: the contract allows more, and keeps the names above.
        if (week.PreviousTotal is decimal previous)
        {
            WriteAmount(writer, "previous_total", previous);
        }
        else
        {
            writer.WriteNull("previous_total");
        }

        writer.WriteString("discrepancy", week.Discrepancy);
        WriteStrings(writer, "trace", week.Trace.Select(s => s.Detail));
        WriteChecks(writer, week.Trace);
        WriteUplift(writer, week.Uplift);
        WriteStrings(writer, "open_incidents", week.OpenIncidents.Select(i => i.Id));
        WriteStrings(writer, "unresolved_findings", week.UnresolvedFindings.Select(f => f.Id));
        EvidenceJson.Write(writer, week);
        ReviewJson.Write(writer, week);
    }

    private static void WriteCategories(Utf8JsonWriter writer, IReadOnlyList<CategoryResult> categories)
    {
        writer.WriteStartArray("categories");
        foreach (var category in categories)
        {
            writer.WriteStartObject();
            writer.WriteString("key", category.Category.Key);
            writer.WriteNumber("score", category.Score);
            writer.WriteNumber("weight", category.Category.Weight);
            WriteAmount(writer, "points", category.Points);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteGates(Utf8JsonWriter writer, IReadOnlyList<GateState> gates)
    {
        writer.WriteStartArray("gates");
        foreach (var gate in gates)
        {
            writer.WriteStartObject();
            writer.WriteString("id", gate.Gate.Id);
            writer.WriteString("status", ContractText.Name(gate.Status));
            writer.WriteString("source", gate.Source switch
            {
                GateSource.Computed => "computed",
                GateSource.Recorded => "recorded",
                _ => "none",
            });
            if (gate.Recorded is GateStatus recorded)
            {
                writer.WriteString("recorded", ContractText.Name(recorded));
            }
            else
            {
                writer.WriteNull("recorded");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The trace for machines: <c>{ "rule", "subject", "name", "met", "text" }</c> per step, met null when not measured.</summary>
    private static void WriteChecks(Utf8JsonWriter writer, IReadOnlyList<TraceStep> trace)
    {
        writer.WriteStartArray("checks");
        foreach (var step in trace)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", step.Kind);
            writer.WriteString("subject", step.Subject);
            writer.WriteString("name", step.SubjectName);
            if (step.Met is bool met)
            {
                writer.WriteBoolean("met", met);
            }
            else
            {
                writer.WriteNull("met");
            }

            writer.WriteString("text", step.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteUplift(Utf8JsonWriter writer, UpliftPlan uplift)
    {
        writer.WriteStartObject("uplift");
        writer.WriteString("target", uplift.TargetName);
        WriteThreshold(writer, "target_total", uplift.TargetTotal);
        writer.WriteNumber("min_category", uplift.TargetMinCategory);
        writer.WriteStartArray("steps");
        foreach (var step in uplift.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("category", step.Category.Key);
            writer.WriteNumber("from", step.From);
            writer.WriteNumber("to", step.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteAmount(writer, "resulting_total", uplift.ResultingTotal);
        writer.WriteEndObject();
    }
}
