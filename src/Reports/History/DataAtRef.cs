using System.Formats.Tar;

namespace Reports.History;

/// <summary>
/// Reads a data folder as it was at a git ref: the repository is found from the folder
/// (<c>git rev-parse --show-toplevel</c>), and the folder's tree at the ref is extracted with <c>git archive</c>.
/// </summary>
public static class DataAtRef
{
    /// <param name="dataDirectory">The data folder in the working tree; it must exist.</param>
    /// <param name="gitRef">A branch, tag, commit or any revision git understands (<c>origin/main</c>, <c>HEAD~1</c>).</param>
    public static CheckoutResult Checkout(string dataDirectory, string gitRef)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(gitRef);
        var directory = Path.GetFullPath(dataDirectory);
        if (gitRef.Length == 0 || gitRef.StartsWith('-'))
        {
            return Fail($"'{gitRef}' is not a git ref");
        }

        var top = Git.Run(directory, "rev-parse", "--show-toplevel");
        if (top.GitMissing)
        {
            return Fail($"'{gitRef}' is not a folder, and git, needed to read it as a git ref, is not installed");
        }

        if (!top.Succeeded)
        {
            return Fail($"'{gitRef}' is not a folder, and '{dataDirectory}' is not inside a git repository, so it cannot be read as a git ref");
        }

        var commit = Git.Run(directory, "rev-parse", "--verify", "--quiet", "--end-of-options", gitRef + "^{commit}");
        if (!commit.Succeeded)
        {
            return Fail($"unknown git ref '{gitRef}' (and no folder of that name): fetch it first, e.g. 'git fetch origin main'; a CI checkout needs the full history (fetch-depth: 0)");
        }

        // The folder's path inside the repository, e.g. "data/", or "" at the top.
        var prefix = Git.Run(directory, "rev-parse", "--show-prefix").Text.TrimEnd('/');
        var label = $"{gitRef}:{(prefix.Length == 0 ? "." : prefix)}";
        var target = Path.Combine(Path.GetTempPath(), "reports-diff", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(target);
        var data = new CheckedOutData(target, label, commit.Text, Existed: true);

        var tree = $"{commit.Text}:{prefix}";
        if (prefix.Length > 0 && !Git.Run(directory, "cat-file", "-e", tree).Succeeded)
        {
            return new CheckoutResult(data with { Existed = false }, null);
        }

        // From the top: run in a subfolder, git archive would look for that subfolder inside the tree as well.
        var archive = Git.Run(top.Text, "archive", "--format=tar", tree);
        if (!archive.Succeeded)
        {
            data.Dispose();
            return Fail($"cannot read '{label}': {archive.Error}");
        }

        Extract(archive.Output, target);
        return new CheckoutResult(data, null);
    }

    /// <summary>Writes the regular files of a tar stream below <paramref name="target"/>; links and git's header entry are skipped.</summary>
    private static void Extract(byte[] tar, string target)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        using var reader = new TarReader(new MemoryStream(tar));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue;
            }

            var destination = Path.GetFullPath(Path.Combine(target, entry.Name));
            if (!destination.StartsWith(root, StringComparison.Ordinal))
            {
                continue; // git never writes such a name; a crafted tree could
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            entry.ExtractToFile(destination, overwrite: true);
        }
    }

    private static CheckoutResult Fail(string problem) => new(null, problem);
}
