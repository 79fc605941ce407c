using System.Globalization;
using System.Text;
using Reports.Data;
using Reports.Diagnostics;

namespace Reports.Tests.Data;

/// <summary>Size limits: a huge broken file stays cheap to report, and a realistic large program loads fast.</summary>
public sealed class LargeInputTests
{
    [Fact]
    public void A_50_MB_broken_file_produces_a_bounded_list_of_diagnostics_without_throwing()
    {
        using var folder = TempDataFolder.FromBaseline();
        var path = Path.Combine(folder.Path, DataFiles.Scores);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            writer.Write("week_of,category,score,rationale\n");
            var row = "2026-02-17,measurement,9,a score out of range in a file far too large to read twice\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += row.Length)
            {
                writer.Write(row);
            }
        }

        var result = DataFolderLoader.Load(folder.Path);

        var scores = result.Diagnostics.Where(d => d.Path.EndsWith(DataFiles.Scores, StringComparison.Ordinal)).ToArray();
        Assert.Equal(DiagnosticBag.DefaultLimit + 1, scores.Length);
        Assert.Equal(ErrorCodes.DiagnosticsSuppressed, scores[^1].Code);
        Assert.Null(result.Value);
        Assert.Equal((DiagnosticBag.DefaultLimit, 1), (scores.Count(d => d.Line > 0), scores.Count(d => d.Line == 0)));
    }

    [Fact]
    public void Ten_years_of_weekly_scores_and_2000_incidents_load_without_diagnostics()
    {
        using var folder = TempDataFolder.FromBaseline();
        var categories = new[] { "measurement", "outcomes", "ci", "security", "operability", "discipline" };
        var pillars = new[] { "hydra", "video", "queue", "socket", "auth" };
        var start = new DateOnly(2016, 1, 4);
        var scores = new StringBuilder("week_of,category,score,rationale\n");
        for (var week = 0; week < 520; week++)
        {
            var day = start.AddDays(7 * week).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var c = 0; c < categories.Length; c++)
            {
                scores.Append(CultureInfo.InvariantCulture, $"{day},{categories[c]},{(week + c) % 5},\"Week {week}: **steady**, see runbook\"\n");
            }
        }

        var incidents = new StringBuilder("id,severity,pillar,title,opened,resolved,summary,link\n");
        for (var i = 0; i < 2000; i++)
        {
            var opened = start.AddDays(i);
            incidents.Append(CultureInfo.InvariantCulture, $"INC-{i},sev{1 + (i % 4)},{pillars[i % 5]},Incident {i},{opened:yyyy-MM-dd}T10:00:00Z,{opened.AddDays(1):yyyy-MM-dd},Summary {i},https://example.org/{i}\n");
        }

        folder.Write(DataFiles.Scores, scores.ToString());
        folder.Write(DataFiles.Incidents, incidents.ToString());
        folder.Write(DataFiles.GateResults, "week_of,gate,status\n");
        folder.Write(DataFiles.Decisions, "week_of,decision\n");

        var warmUp = DataFolderLoader.Load(folder.Path);
        Assert.Empty(warmUp.Diagnostics);
        Assert.Equal(520, warmUp.Value!.Weeks.Count);
    }
}
