using System.Globalization;
using System.Text.Json;
using Reports.Scoring;

namespace Reports.Rendering.Json;

/// <summary>
/// How every JSON file of Reports writes a value the contract shapes: amounts with two decimals, thresholds as the
/// policy wrote them, dates as <c>yyyy-MM-dd</c>, a missing value as <c>null</c> (never left out), lists as arrays.
/// </summary>
internal static class JsonValues
{
    /// <summary>Totals and points as JSON numbers with two decimals (46.25, 10.00, -1.25), as the contract shows them.</summary>
    public static void WriteAmount(Utf8JsonWriter writer, string name, decimal value) =>
        WriteRaw(writer, name, ContractText.Total(value));

    public static void WriteAmountOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal amount)
        {
            WriteAmount(writer, name, amount);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Thresholds as the policy wrote them: 85, or 85.5.</summary>
    public static void WriteThreshold(Utf8JsonWriter writer, string name, decimal value) =>
        WriteRaw(writer, name, ContractText.Threshold(value));

    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>True, false, or null where the rule is not measured.</summary>
    public static void WriteMet(Utf8JsonWriter writer, string name, bool? met)
    {
        if (met is bool value)
        {
            writer.WriteBoolean(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A number already formatted as the contract wants it.</summary>
    public static void WriteRaw(Utf8JsonWriter writer, string name, string number)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(number);
    }

    public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void WriteDates(Utf8JsonWriter writer, string name, IEnumerable<DateOnly> dates) =>
        WriteStrings(writer, name, dates.Select(Date));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
