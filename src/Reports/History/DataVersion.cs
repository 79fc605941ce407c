using Reports.Archive;

namespace Reports.History;

/// <summary>
/// The version of a data folder, for page footers, <c>weeks.json</c> and archive manifests. Never a clock:
/// the same files give the same version on every machine.
/// </summary>
public static class DataVersion
{
    /// <summary>
    /// The last commit that changed the folder (its <c>archive/</c> aside) when the folder is in a git repository
    /// and has no uncommitted changes; otherwise the <c>sha256:</c> content hash of its files (see <see cref="Publishing.ContentHash.OfFolder"/>),
    /// because a commit would name data that is not what was read.
    /// </summary>
    public static DataVersionInfo Of(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var directory = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"data folder '{dataDirectory}' does not exist; load it before asking for its version");
        }

        return CommittedVersion(directory) ?? DataVersionInfo.ForContent(Publishing.ContentHash.OfFolder(directory));
    }

    private static DataVersionInfo? CommittedVersion(string directory)
    {
        // Pathspecs are relative to the working directory: "." is the data folder, the exclusion its archive.
        string[] dataOnly = ["--", ".", ":(exclude)" + ArchiveLayout.FolderName];
        var commit = Git.Run(directory, ["log", "-1", "--format=%H", .. dataOnly]);
        if (!commit.Succeeded || commit.Text.Length != 40)
        {
            return null; // not a repository, git missing, or nothing committed yet
        }

        var status = Git.Run(directory, ["status", "--porcelain", "--untracked-files=all", .. dataOnly]);
        return status.Succeeded && status.Output.Length == 0 ? DataVersionInfo.ForCommit(commit.Text) : null;
    }
}
