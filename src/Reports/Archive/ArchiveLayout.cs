using System.Globalization;

namespace Reports.Archive;

/// <summary>Where the archive lives: <c>data/archive/YYYY-MM-DD/</c>, one folder per published week, each with a <c>manifest.json</c>.</summary>
public static class ArchiveLayout
{
    public const string FolderName = "archive";

    public const string ManifestFileName = "manifest.json";

    public static string Root(string dataDirectory) => Path.Combine(dataDirectory, FolderName);

    public static string SnapshotFolder(string dataDirectory, DateOnly week) => Path.Combine(Root(dataDirectory), FolderNameOf(week));

    public static string FolderNameOf(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether a folder name is a week: exactly <c>YYYY-MM-DD</c> and a real date.</summary>
    public static bool TryParseWeek(string folderName, out DateOnly week) =>
        DateOnly.TryParseExact(folderName, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out week);
}
