using System.Globalization;
using Reports.Bench;
using Reports.Preview;
using Reports.Site;
using Reports.Tests.Site;

namespace Reports.Tests.Preview;

/// <summary>
/// The byte-for-byte guarantee at a realistic size: two years of generated weeks with incidents, findings, a year of
/// evidence (SLO days, CI runs, events), narratives and an archive, edited at random the way a person previewing would
/// (scores, incidents, findings, gate results, SLO days, CI runs, narratives, pages, the stylesheet). After every edit a session's rebuild equals a clean build of the same sources.
/// </summary>
public sealed class GeneratedProgramIncrementalTests : IDisposable
{
    private const int Weeks = 104;

    private const int EditKinds = 10;

    private readonly SiteFolder _site = new();

    public GeneratedProgramIncrementalTests()
    {
        new SampleProgram(Weeks, seed: 20260217) { WithEvidence = true }.WriteTo(_site.Data);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), _site.Theme);
        _site.Write("input/about.md", File.ReadAllText(Path.Combine(TestPrograms.PlanInput, "about.md")));
        _site.Write("input/weeks/2016-01-11.md", "# Notes\n\nA narrative for the second week.\n");
        foreach (var week in new[] { "2016-06-27", "2017-01-02" })
        {
            var snapshot = WeekSnapshot.Create(new SnapshotOptions(_site.Data, _site.Input, _site.Theme, DateOnly.Parse(week, CultureInfo.InvariantCulture), "https://reliability.example.org", AllowDirty: true));
            Assert.True(snapshot.Succeeded, string.Join("\n", snapshot.Diagnostics));
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_match_a_clean_build_after_every_edit_of_a_random_sequence()
    {
        var random = new Random(20261203);
        var options = _site.Options() with { Preview = true };
        var session = new SiteSession(options);
        AssertBuilt(session.Build());

        // Every kind of edit once, in a random order, each on a random row.
        var kinds = Enumerable.Range(0, EditKinds).ToArray();
        random.Shuffle(kinds);
        var edits = new List<string>();
        for (var i = 0; i < kinds.Length; i++)
        {
            edits.Add(Edit(kinds[i], random));
            AssertBuilt(session.Build());

            var clean = _site.PathOf("clean-" + i.ToString(CultureInfo.InvariantCulture));
            AssertBuilt(SiteBuilder.Build(options with { OutputDirectory = clean }));
            var expected = Files(clean);
            var actual = Files(_site.Output);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (path, bytes) in expected)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a clean build after: {string.Join("; ", edits)}");
            }

            Directory.Delete(clean, recursive: true);
        }
    }

    /// <summary>One edit a person might save, of the given kind; keeps the data valid. Returns what it did.</summary>
    private string Edit(int kind, Random random)
    {
        switch (kind)
        {
            case 0:
                return EditField(random, "scores.csv", 4, 2, _ => random.Next(5).ToString(CultureInfo.InvariantCulture));
            case 1:
                return EditField(random, "incidents.csv", 7, 1, _ => "sev" + random.Next(1, 5).ToString(CultureInfo.InvariantCulture));
            case 2:
                // An incident reopened, or resolved on the day it opened.
                return EditField(random, "incidents.csv", 7, 5, _ => "", (fields, value) => fields[5] = fields[5].Length == 0 ? fields[4] : value);
            case 3:
                return EditField(random, "findings.csv", 4, 2, _ => "P" + random.Next(4).ToString(CultureInfo.InvariantCulture));
            case 4:
                return EditField(random, "gate-results.csv", 4, 2, _ => new[] { "pass", "fail", "pending" }[random.Next(3)]);
            case 5:
                var week = new DateOnly(2016, 1, 4).AddDays(7 * random.Next(Weeks)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                File.AppendAllText(_site.PathOf("input/weeks/" + week + ".md"), "\nA note on **" + week + "**.\n");
                return "narrative of " + week;
            case 6:
                File.AppendAllText(_site.PathOf("input/about.md"), "\nOne more paragraph.\n");
                return "about.md";
            case 7:
                // A day's good events, anywhere from none to all of them: an SLO day met or missed.
                return EditField(random, "slo-days.csv", 5, 2, _ => "", (fields, _) =>
                    fields[2] = random.NextInt64(long.Parse(fields[3], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
            case 8:
                return EditField(random, "ci-runs.csv", 6, 2, _ => new[] { "pass", "fail", "flaky", "cancelled" }[random.Next(4)]);
            default:
                File.AppendAllText(_site.PathOf("theme/assets/site.css"), "\n.edit-" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + " { color: red; }\n");
                return "site.css";
        }
    }

    /// <summary>
    /// Sets field <paramref name="field"/> of a random row; only the first <paramref name="split"/> - 1 fields are
    /// split off, and the generator writes those without commas or quotes.
    /// </summary>
    private string EditField(Random random, string file, int split, int field, Func<string, string> value, Action<string[], string>? apply = null)
    {
        var path = _site.PathOf("data/" + file);
        var lines = File.ReadAllText(path).Split('\n');
        var row = random.Next(1, lines.Length - 1);
        var fields = lines[row].Split(',', split);
        var next = value(fields[field]);
        if (apply is null)
        {
            fields[field] = next;
        }
        else
        {
            apply(fields, next);
        }

        lines[row] = string.Join(',', fields);
        File.WriteAllText(path, string.Join('\n', lines));
        return $"{file} line {row + 1}: {lines[row][..Math.Min(lines[row].Length, 40)]}";
    }

    private static void AssertBuilt(BuildOutcome outcome) =>
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics.Where(d => d.IsError)));

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
