using System.Collections.Immutable;
using Reports.Scoring;

namespace Reports.Rendering.Json;

/// <summary>
/// A weekly report's own <c>report.json</c> (<c>/weeks/YYYY-MM-DD/report.json</c>): <c>schema</c>, then the week's
/// fields exactly as its object in <c>weeks.json</c> has them, so a script that reads one week reads it the same way
/// from either file. Pinned to its week: it changes only when the week's figures do. The data version they were
/// computed from is in <c>weeks.json</c> and on the page, both of which change with every edit of the data.
/// </summary>
public static class WeekReportJson
{
    /// <returns>The file's bytes.</returns>
    public static ImmutableArray<byte> WriteUtf8(WeekResult week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema", WeeksJson.Schema);
            WeekJson.WriteFields(writer, week);
            writer.WriteEndObject();
        });
    }
}
