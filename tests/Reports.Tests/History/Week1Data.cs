using System.Text;

namespace Reports.Tests.History;

/// <summary>
/// The shipped data as it stood on 2026-02-17, before the second scorecard: built by dropping the 2026-02-18
/// rows and reopening the findings that were closed on 2026-02-18 (KI-4, H-1, H-2, WS-1).
/// </summary>
internal static class Week1Data
{
    public static void WriteTo(string folder)
    {
        DataFolders.Copy(DataFolders.Shipped, folder);
        foreach (var file in new[] { "scores.csv", "gate-results.csv", "decisions.csv" })
        {
            var path = Path.Combine(folder, file);
            var lines = File.ReadAllText(path).Split('\n').Where(line => !line.StartsWith("2026-02-18,", StringComparison.Ordinal));
            File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false));
        }

        var findings = Path.Combine(folder, "findings.csv");
        var text = File.ReadAllText(findings)
            .Replace(",mitigated,2026-02-17,2026-02-18,", ",open,2026-02-17,,", StringComparison.Ordinal)
            .Replace(",fixed,2026-02-17,2026-02-18,", ",open,2026-02-17,,", StringComparison.Ordinal);
        File.WriteAllText(findings, text, new UTF8Encoding(false));
    }

    public static string NewFolder()
    {
        var folder = DataFolders.NewTemporaryPath();
        WriteTo(folder);
        return folder;
    }
}
