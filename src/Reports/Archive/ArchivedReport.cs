using System.Globalization;
using System.Text.Json;
using Reports.Domain;
using Reports.History;

namespace Reports.Archive;

/// <summary>
/// The numbers of an archived weekly report as it was published: its snapshot's <c>report.json</c>, read, never
/// computed again. Names of categories and gates, which the file does not hold, come from today's rubric and gates
/// (the key or id where today's data no longer has it).
/// </summary>
public static class ArchivedReport
{
    public const string FileName = "report.json";

    /// <summary>The snapshot's week as published; null when the snapshot has no readable <c>report.json</c> (the page then offers no comparison).</summary>
    public static WeekSide? Read(ArchivedSnapshot snapshot, ReliabilityData today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(today);
        var path = Path.Combine(snapshot.Folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return Side(json.RootElement, today);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    private static WeekSide Side(JsonElement root, ReliabilityData today)
    {
        var categories = today.Rubric.ToDictionary(c => c.Key, c => c.Name, StringComparer.Ordinal);
        var gates = today.Gates.ToDictionary(g => g.Id, g => g.Name, StringComparer.Ordinal);
        return new WeekSide(
            DateOnly.ParseExact(root.GetProperty("week_of").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            root.GetProperty("phase").GetInt32(),
            root.GetProperty("total").GetDecimal(),
            DecisionOf(root.GetProperty("decision").GetString()),
            root.GetProperty("next_phase").GetInt32(),
            [.. root.GetProperty("categories").EnumerateArray().Select(c => Category(c, categories))],
            [.. root.GetProperty("gates").EnumerateArray().Select(g => Gate(g, gates))],
            Strings(root, "no_go"),
            Strings(root, "freeze_triggers"),
            Strings(root, "open_incidents"),
            Strings(root, "unresolved_findings"));
    }

    private static WeekSideCategory Category(JsonElement category, Dictionary<string, string> names)
    {
        var key = category.GetProperty("key").GetString()!;
        return new WeekSideCategory(key, names.GetValueOrDefault(key, key), category.GetProperty("score").GetInt32(), category.GetProperty("points").GetDecimal());
    }

    private static WeekSideGate Gate(JsonElement gate, Dictionary<string, string> names)
    {
        var id = gate.GetProperty("id").GetString()!;
        return new WeekSideGate(id, names.GetValueOrDefault(id, id), StatusOf(gate.GetProperty("status").GetString()), null);
    }

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    private static Decision DecisionOf(string? text) => text switch
    {
        "stay" => Decision.Stay,
        "advance" => Decision.Advance,
        "freeze" => Decision.Freeze,
        _ => throw new FormatException("not a decision: " + text),
    };

    private static GateStatus StatusOf(string? text) => text switch
    {
        "pass" => GateStatus.Pass,
        "fail" => GateStatus.Fail,
        "pending" => GateStatus.Pending,
        "n/a" => GateStatus.NotApplicable,
        "unknown" => GateStatus.Unknown,
        _ => throw new FormatException("not a gate status: " + text),
    };
}
