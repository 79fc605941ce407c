using System.Globalization;
using System.Text.Json;
using Reports.Diagnostics;
using Reports.Domain;
using Reports.Rendering.Json;
using Reports.Scoring;

namespace Reports.Archive;

/// <summary>
/// Reads and writes <c>manifest.json</c>. Writing is deterministic (fixed key order, sorted paths, <c>\n</c>);
/// reading is strict, since a manifest is written by Reports and any surprise in it is damage or tampering.
/// </summary>
internal static class ManifestJson
{
    private static readonly JsonDocumentOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    private static readonly string[] Fields = ["schema", "week_of", "total", "decision", "phase", "validation_window_start", "data_version", "files"];
    private static readonly string[] FileFields = ["path", "size", "sha256"];

    public static string Write(ArchiveManifest manifest)
    {
        return JsonText.WriteString(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema", manifest.Schema);
            writer.WriteString("week_of", ArchiveLayout.FolderNameOf(manifest.WeekOf));
            writer.WritePropertyName("total");
            writer.WriteRawValue(ContractText.Total(manifest.Total));
            writer.WriteString("decision", ContractText.Name(manifest.Decision));
            writer.WriteNumber("phase", manifest.Phase);
            if (manifest.ValidationWindowStart is { } windowStart)
            {
                writer.WriteString("validation_window_start", ArchiveLayout.FolderNameOf(windowStart));
            }

            writer.WriteString("data_version", manifest.DataVersion);
            writer.WriteStartArray("files");
            foreach (var file in manifest.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteNumber("size", file.Size);
                writer.WriteString("sha256", file.Sha256);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    public static Result<ArchiveManifest> Parse(byte[] utf8, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, ReaderOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? -1) + 1;
            var column = (int)(e.BytePositionInLine ?? -1) + 1;
            return Failure(new SourceLocation(path, line, column), "not valid JSON: " + WithoutPosition(e.Message));
        }

        using (document)
        {
            var problems = new List<string>();
            var manifest = Interpret(document.RootElement, problems);
            if (problems.Count == 0 && manifest is not null)
            {
                return new Result<ArchiveManifest>(manifest, []);
            }

            // A damaged manifest of a million entries is one problem to fix, not a million lines to read.
            var bag = new DiagnosticBag(path);
            foreach (var problem in problems)
            {
                bag.Add(DataErrors.ArchiveManifestMalformed(SourceLocation.File(path), problem));
            }

            return new Result<ArchiveManifest>(null, [.. bag.ToList()]);
        }
    }

    private static ArchiveManifest? Interpret(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the manifest is not a JSON object");
            return null;
        }

        CheckFieldNames(root, Fields, "the manifest", problems);
        var schema = Integer(root, "schema", problems);
        if (schema is int s && s != ArchiveManifest.CurrentSchema)
        {
            problems.Add(Invariant($"schema {s} is not supported (this version of Reports reads schema {ArchiveManifest.CurrentSchema})"));
            return null;
        }

        var week = Week(root, problems);
        var total = Total(root, problems);
        var decision = DecisionOf(root, problems);
        var phase = Integer(root, "phase", problems);
        if (phase is < Phases.MetricHardening or > Phases.FeatureReentry)
        {
            problems.Add(Invariant($"'phase' {phase} is not a phase (1-3)"));
        }

        var windowStart = WindowStart(root, week, problems);
        var dataVersion = Text(root, "data_version", problems);
        var files = FileList(root, problems);
        return problems.Count == 0
            ? new ArchiveManifest(schema!.Value, week!.Value, total!.Value, decision!.Value, phase!.Value, dataVersion!, files!) { ValidationWindowStart = windowStart }
            : null;
    }

    private static IReadOnlyList<ArchiveFile>? FileList(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("files", out var array))
        {
            problems.Add("'files' is missing");
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add("'files' is not an array");
            return null;
        }

        var files = new List<ArchiveFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var where = Invariant($"files[{index++}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where} is not an object");
                continue;
            }

            var count = problems.Count;
            CheckFieldNames(entry, FileFields, where, problems);
            var path = Text(entry, "path", problems, where);
            var size = entry.TryGetProperty("size", out var sizeElement) && sizeElement.TryGetInt64(out var bytes) && bytes >= 0 ? bytes : (long?)null;
            if (size is null)
            {
                problems.Add($"{where}: 'size' is missing or not a whole number of bytes");
            }

            var sha256 = Text(entry, "sha256", problems, where);
            if (sha256 is not null && !IsSha256(sha256))
            {
                problems.Add($"{where}: 'sha256' is not 64 lower-case hex digits");
            }

            if (path is not null && SafePathProblem(path) is { } pathProblem)
            {
                problems.Add($"{where}: path '{path}' {pathProblem}");
            }
            else if (path is not null && !seen.Add(path))
            {
                problems.Add($"{where}: path '{path}' is listed twice");
            }

            if (problems.Count == count)
            {
                files.Add(new ArchiveFile(path!, size!.Value, sha256!));
            }
        }

        return files;
    }

    /// <summary>A listed path must stay inside its snapshot folder and name a file other than the manifest.</summary>
    private static string? SafePathProblem(string path)
    {
        if (path.Any(char.IsControl))
        {
            return "contains a control character";
        }

        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            return "is not a relative path with '/' separators";
        }

        var segments = path.Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
        {
            return "has an empty, '.' or '..' segment";
        }

        return path == ArchiveLayout.ManifestFileName ? "is the manifest itself" : null;
    }

    private static void CheckFieldNames(JsonElement element, string[] known, string where, List<string> problems)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"{where} has an unknown field '{property.Name}'");
            }
        }
    }

    private static int? Integer(JsonElement root, string name, List<string> problems)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        problems.Add($"'{name}' is missing or not a whole number");
        return null;
    }

    private static string? Text(JsonElement root, string name, List<string> problems, string? where = null)
    {
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        problems.Add(where is null ? $"'{name}' is missing or not a string" : $"{where}: '{name}' is missing or not a string");
        return null;
    }

    private static DateOnly? Week(JsonElement root, List<string> problems)
    {
        var text = Text(root, "week_of", problems);
        if (text is null)
        {
            return null;
        }

        if (ArchiveLayout.TryParseWeek(text, out var week))
        {
            return week;
        }

        problems.Add($"'week_of' '{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    /// <summary>Optional: absent in manifests written before it was kept, and for weeks outside phase 2.</summary>
    private static DateOnly? WindowStart(JsonElement root, DateOnly? week, List<string> problems)
    {
        if (!root.TryGetProperty("validation_window_start", out _))
        {
            return null;
        }

        var text = Text(root, "validation_window_start", problems);
        if (text is null)
        {
            return null;
        }

        if (!ArchiveLayout.TryParseWeek(text, out var start))
        {
            problems.Add($"'validation_window_start' '{text}' is not a date in the form YYYY-MM-DD");
            return null;
        }

        if (week is { } weekOf && start > weekOf)
        {
            problems.Add($"'validation_window_start' {text} is after the week it belongs to");
            return null;
        }

        return start;
    }

    private static decimal? Total(JsonElement root, List<string> problems)
    {
        if (root.TryGetProperty("total", out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var total) && total is >= 0 and <= 100)
        {
            return total;
        }

        problems.Add("'total' is missing or not a number from 0 to 100");
        return null;
    }

    private static Decision? DecisionOf(JsonElement root, List<string> problems)
    {
        var text = Text(root, "decision", problems);
        Decision? decision = text switch
        {
            "stay" => Decision.Stay,
            "advance" => Decision.Advance,
            "freeze" => Decision.Freeze,
            _ => null,
        };
        if (text is not null && decision is null)
        {
            problems.Add($"'decision' '{text}' is not stay, advance or freeze");
        }

        return decision;
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>System.Text.Json appends the position to its message; the diagnostic carries it already.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).TrimEnd();
    }

    private static Result<ArchiveManifest> Failure(SourceLocation at, string problem) =>
        new(null, [DataErrors.ArchiveManifestMalformed(at, problem)]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
