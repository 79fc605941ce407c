using System.Globalization;
using Reports.Archive;

namespace Reports.History;

/// <summary>
/// What git says about a data folder beyond its <see cref="DataVersion"/>: which files differ from the last commit,
/// and when a commit was made. The folder's <c>archive/</c> is left out, as the data version leaves it out.
/// </summary>
public static class DataCommit
{
    /// <summary>
    /// The files of the folder that are changed, added, deleted or untracked, as git names them (relative to the
    /// repository's root, '/' separators); empty when everything is committed; null when the folder is not in a git
    /// repository (or git is missing), so nothing in it is committed.
    /// </summary>
    public static IReadOnlyList<string>? Uncommitted(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var directory = Path.GetFullPath(dataDirectory);
        var inside = Git.Run(directory, ["rev-parse", "--is-inside-work-tree"]);
        if (!inside.Succeeded || inside.Text != "true")
        {
            return null;
        }

        // -z keeps names with spaces or quotes intact.
        var status = Git.Run(directory, ["status", "--porcelain", "-z", "--untracked-files=all", "--", ".", ":(exclude)" + ArchiveLayout.FolderName]);
        if (!status.Succeeded)
        {
            return null;
        }

        return [.. System.Text.Encoding.UTF8.GetString(status.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(entry => entry.Length > 3 && entry[2] == ' ')
            .Select(entry => entry[3..])];
    }

    /// <summary>The day (UTC) a commit was made, or null when git cannot tell.</summary>
    public static DateOnly? CommittedOn(string dataDirectory, string commit)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(commit);
        var shown = Git.Run(Path.GetFullPath(dataDirectory), ["show", "-s", "--format=%cI", commit]);
        return shown.Succeeded && DateTimeOffset.TryParse(shown.Text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
            ? DateOnly.FromDateTime(when.UtcDateTime)
            : null;
    }
}
