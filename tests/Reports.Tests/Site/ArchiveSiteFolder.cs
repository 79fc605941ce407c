using Reports.Tests.Cli;

namespace Reports.Tests.Site;

/// <summary>
/// A copy of the shipped data, pages and theme without the shipped archive, driven through the command line
/// in-process, as a person archiving and publishing weeks would.
/// </summary>
internal sealed class ArchiveSiteFolder : IDisposable
{
    private ArchiveSiteFolder(SiteFolder folder) => Folder = folder;

    public SiteFolder Folder { get; }

    public string Data => Folder.Data;

    public string ArchiveRoot => Path.Combine(Folder.Data, "archive");

    public static ArchiveSiteFolder Create()
    {
        var folder = SiteFolder.Shipped();
        if (Directory.Exists(Path.Combine(folder.Data, "archive")))
        {
            Directory.Delete(Path.Combine(folder.Data, "archive"), recursive: true);
        }

        return new ArchiveSiteFolder(folder);
    }

    /// <summary>The site's address whenever a test gives none: a snapshot needs one.</summary>
    public const string BaseUrl = "https://reliability.example.org";

    /// <summary>
    /// Archives a week; the folder is not in git, so <c>--allow-dirty</c> is always passed, and <see cref="BaseUrl"/>
    /// unless the test gives its own.
    /// </summary>
    public CliRun Snapshot(params string[] options) =>
        CliRun.Of(["snapshot", "--data", Folder.Data, "--input", Folder.Input, "--theme", Folder.Theme, "--allow-dirty", .. options, .. options.Contains("--base-url") ? [] : new[] { "--base-url", BaseUrl }]);

    public CliRun Build(params string[] options) =>
        CliRun.Of(["build", "--data", Folder.Data, "--input", Folder.Input, "--theme", Folder.Theme, "--output", Folder.Output, .. options]);

    public CliRun Validate() => CliRun.Of("validate", "--data", Folder.Data);

    public string SnapshotFolder(string week) => Path.Combine(ArchiveRoot, week);

    /// <summary>Every file of <c>data/archive/</c> (or of one snapshot), by path relative to it, with its bytes.</summary>
    public SortedDictionary<string, byte[]> Files(string? under = null)
    {
        var root = under is null ? ArchiveRoot : SnapshotFolder(under);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    public BuiltSite Site() => new(Folder.OutputFiles());

    /// <summary>Changes one week's score for one category in scores.csv, as a correction after publishing would.</summary>
    public void Rescore(string week, string category, int score)
    {
        var path = Folder.PathOf("data/scores.csv");
        var lines = File.ReadAllLines(path);
        var prefix = week + "," + category + ",";
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no score for {category} in {week}");
        var rest = lines[index][prefix.Length..];
        lines[index] = prefix + score.ToString(System.Globalization.CultureInfo.InvariantCulture) + rest[rest.IndexOf(',', StringComparison.Ordinal)..];
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    public void Dispose() => Folder.Dispose();
}
