using System.Text.Json;
using Reports.Scoring;
using Reports.Scoring.Review;
using static Reports.Rendering.Json.JsonValues;

namespace Reports.Rendering.Json;

/// <summary>
/// The weekly review's fields of a week of <c>weeks.json</c>: <c>checklist</c> (one object per question, with its
/// items), <c>time_in_phase</c>, <c>forecast</c> (or null), <c>freeze_margin</c> and <c>overdue_findings</c>.
/// </summary>
internal static class ReviewJson
{
    public static void Write(Utf8JsonWriter writer, WeekResult week)
    {
        var review = week.Review;
        WriteChecklist(writer, review.Checklist);
        if (review.TimeInPhase is { } time)
        {
            writer.WriteStartObject("time_in_phase");
            writer.WriteNumber("phase", time.Phase);
            writer.WriteString("since", Date(time.Since));
            writer.WriteNumber("days", time.Days);
            WriteNumberOrNull(writer, "target_min_days", time.Target?.Min);
            WriteNumberOrNull(writer, "target_max_days", time.Target?.Max);
            writer.WriteBoolean("past_target", time.PastTarget);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("time_in_phase");
        }

        if (review.Forecast is { } forecast)
        {
            writer.WriteStartObject("forecast");
            WriteRaw(writer, "target_total", ContractText.Threshold(forecast.TargetTotal));
            writer.WriteString("outcome", Name(forecast.Outcome));
            writer.WriteString("date", forecast.Date is DateOnly date ? Date(date) : null);
            WriteNumberOrNull(writer, "weeks", forecast.Weeks);
            WriteRaw(writer, "per_week", ContractText.Total(forecast.PerWeek));
            writer.WriteNumber("weeks_used", forecast.WeeksUsed);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("forecast");
        }

        if (review.FreezeMargin is decimal margin)
        {
            WriteRaw(writer, "freeze_margin", ContractText.Total(margin));
        }
        else
        {
            writer.WriteNull("freeze_margin");
        }

        WriteStrings(writer, "overdue_findings", review.OverdueFindings);
    }

    private static void WriteChecklist(Utf8JsonWriter writer, IReadOnlyList<ReviewAnswer> checklist)
    {
        writer.WriteStartArray("checklist");
        foreach (var answer in checklist)
        {
            writer.WriteStartObject();
            writer.WriteString("question", answer.Question.Code);
            writer.WriteString("title", answer.Question.Title);
            writer.WriteString("not_measured", answer.NotMeasured);
            writer.WriteString("summary", answer.Items.Count == 0 ? answer.EmptyText : null);
            writer.WriteStartArray("items");
            foreach (var item in answer.Items)
            {
                writer.WriteStartObject();
                if (item.Subject is { } subject)
                {
                    WriteRef(writer, "subject", subject);
                }
                else
                {
                    writer.WriteNull("subject");
                }

                writer.WriteString("text", item.Text);
                writer.WriteString("markdown", item.Markdown.Length == 0 ? null : item.Markdown);
                writer.WriteString("link", item.Link);
                writer.WriteStartArray("related");
                foreach (var related in item.Related)
                {
                    WriteRef(writer, null, related);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteRef(Utf8JsonWriter writer, string? name, ReviewRef reference)
    {
        if (name is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteString("kind", reference.Kind switch
        {
            ReviewRefKind.Slo => "slo",
            ReviewRefKind.Gate => "gate",
            ReviewRefKind.Incident => "incident",
            _ => "finding",
        });
        writer.WriteString("id", reference.Id);
        writer.WriteEndObject();
    }

    private static string Name(ForecastOutcome outcome) => outcome switch
    {
        ForecastOutcome.Reaches => "reaches",
        ForecastOutcome.AlreadyMet => "already-met",
        _ => "not-at-current-trend",
    };
}
