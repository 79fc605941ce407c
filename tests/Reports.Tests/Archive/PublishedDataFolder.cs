using System.Text;
using Reports.Archive;
using Reports.Data;
using Reports.History;
using Reports.Scoring;
using Reports.Tests.History;

namespace Reports.Tests.Archive;

/// <summary>A copy of the shipped data with published snapshots of its weeks, made with the real manifest writer.</summary>
internal sealed class PublishedDataFolder : IDisposable
{
    private PublishedDataFolder(string path) => Path = path;

    public string Path { get; }

    public string ArchiveRoot => System.IO.Path.Combine(Path, "archive");

    /// <summary>The shipped data without the shipped archive.</summary>
    public static PublishedDataFolder WithoutSnapshots()
    {
        var folder = new PublishedDataFolder(DataFolders.CopyOfShipped());
        if (Directory.Exists(folder.ArchiveRoot))
        {
            Directory.Delete(folder.ArchiveRoot, recursive: true);
        }

        return folder;
    }

    /// <summary>The shipped data with week 2026-02-17 published: index.html, assets/site.css and assets/.keep.</summary>
    public static PublishedDataFolder WithWeek1Published()
    {
        var folder = WithoutSnapshots();
        folder.Publish(new DateOnly(2026, 2, 17));
        return folder;
    }

    public ArchiveManifest Publish(DateOnly week)
    {
        var report = ProgramEvaluator.Evaluate(DataFolderLoader.Load(Path).Value!);
        var snapshot = SnapshotFolder(week);
        Write(snapshot, "index.html", $"<h1>Week of {week:yyyy-MM-dd}</h1>\n<p>Total {ContractText.Total(report.Find(week)!.Total)}</p>\n");
        Write(snapshot, "assets/site.css", "body { font-family: sans-serif; }\n");
        Write(snapshot, "assets/.keep", "");
        return ArchiveManifest.Create(snapshot, SnapshotMetadata.For(report.Find(week)!, DataVersion.Of(Path)));
    }

    public string SnapshotFolder(DateOnly week) => System.IO.Path.Combine(ArchiveRoot, week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The path a diagnostic gives for a file of the archive: the data folder as given, then '/'.</summary>
    public string DiagnosticPath(string relativeToArchive) => (Path + "/archive/" + relativeToArchive).Replace('\\', '/');

    public static void Write(string folder, string relativePath, string text)
    {
        var path = System.IO.Path.Combine(folder, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public void Dispose() => DataFolders.DeleteQuietly(Path);
}
