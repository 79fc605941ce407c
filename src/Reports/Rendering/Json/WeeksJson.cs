using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Reports.History;
using Reports.Scoring;

namespace Reports.Rendering.Json;

/// <summary>
/// The contract's machine-readable output (<c>reports status --json</c>, <c>/api/weeks.json</c>):
/// <c>{ "schema": 1, "weeks": [...] }</c>, weeks in date order. UTF-8, indented by 2, <c>\n</c> line
/// ends and a trailing newline; the same bytes under every culture.
/// </summary>
public static class WeeksJson
{
    /// <summary>Bumped only when a field of the contract changes name or meaning; added fields keep it.</summary>
    public const int Schema = 1;

    /// <param name="dataVersion">
    /// When given, written as <c>"data_version"</c> right after <c>"schema"</c>: the commit or content hash the
    /// weeks were computed from (see <see cref="DataVersion"/>).
    /// </param>
    public static string Write(ProgramReport report, DataVersionInfo? dataVersion = null) =>
        Encoding.UTF8.GetString(WriteUtf8(report, dataVersion).AsSpan());

    /// <inheritdoc cref="Write(ProgramReport, DataVersionInfo?)"/>
    /// <returns>The file's bytes.</returns>
    public static ImmutableArray<byte> WriteUtf8(ProgramReport report, DataVersionInfo? dataVersion = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(writer => Write(writer, report, dataVersion));
    }

    /// <summary>The same bytes written into <paramref name="stream"/> a few weeks at a time: 13,000 weeks make 100 MB.</summary>
    public static void WriteTo(Stream stream, ProgramReport report, DataVersionInfo? dataVersion = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        JsonText.WriteTo(stream, writer => Write(writer, report, dataVersion));
    }

    private static void Write(Utf8JsonWriter writer, ProgramReport report, DataVersionInfo? dataVersion)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schema", Schema);
        if (dataVersion is not null)
        {
            writer.WriteString("data_version", dataVersion.Id);
        }

        writer.WriteStartArray("weeks");
        foreach (var week in report.Weeks)
        {
            WeekJson.Write(writer, week);
            JsonText.Flush(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

}
