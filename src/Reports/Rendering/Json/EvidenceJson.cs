using System.Text.Json;
using Reports.Scoring;
using Reports.Scoring.Evidence;
using static Reports.Rendering.Json.JsonValues;

namespace Reports.Rendering.Json;

/// <summary>
/// The evidence contract's additions to a week of <c>weeks.json</c>: <c>not_measured</c>, <c>validation_window</c>,
/// <c>slos</c>, <c>ci</c> and <c>overdue</c>. Percents are numbers with at most four decimals, rounded toward the
/// verdict they support (attainment down, burn and flake rate up), so a number never contradicts its status.
/// </summary>
internal static class EvidenceJson
{
    private const int Decimals = 4;

    public static void Write(Utf8JsonWriter writer, WeekResult week)
    {
        var evidence = week.Evidence;
        WriteStrings(writer, "not_measured", week.NotMeasuredNoGoCodes);
        if (evidence.ValidationWindow is DayRange window)
        {
            writer.WriteStartObject("validation_window");
            writer.WriteString("start", Date(window.First));
            writer.WriteNumber("days", window.Days);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("validation_window");
        }

        WriteSlos(writer, evidence.Slos);
        WriteCi(writer, evidence.Ci);
        WriteStrings(writer, "overdue", evidence.Overdue.Select(EvidenceText.Name));
    }

    private static void WriteSlos(Utf8JsonWriter writer, IReadOnlyList<SloReport> slos)
    {
        writer.WriteStartArray("slos");
        foreach (var slo in slos)
        {
            var definition = slo.Window.Slo;
            writer.WriteStartObject();
            writer.WriteString("id", definition.Id);
            writer.WriteString("pillar", definition.Pillar);
            Number(writer, "objective", definition.Objective);
            Percent(writer, "attainment", slo.Window.Attainment, definition.Objective, MidpointRounding.ToNegativeInfinity);
            writer.WriteString("status", EvidenceText.Name(slo.Status));
            if (slo.Burn is BudgetBurn { IsInfinite: true })
            {
                writer.WriteString("budget_burn", "inf");
            }
            else
            {
                Percent(writer, "budget_burn", slo.Burn?.Percent, 0m, MidpointRounding.ToPositiveInfinity);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteCi(Utf8JsonWriter writer, CiSummary ci)
    {
        writer.WriteStartObject("ci");
        writer.WriteNumber("smoke_failures_in_a_row", ci.SmokeFailuresInARow);
        writer.WriteStartObject("flake_rate");
        foreach (var (check, rate) in ci.FlakeRates)
        {
            Percent(writer, check, rate, 0m, MidpointRounding.ToPositiveInfinity);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Percent(Utf8JsonWriter writer, string name, decimal? value, decimal limit, MidpointRounding toward)
    {
        if (value is decimal v)
        {
            Number(writer, name, EvidenceText.Round(v, limit, toward, Decimals));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(ContractText.Threshold(value));
    }
}
