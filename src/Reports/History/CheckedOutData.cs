namespace Reports.History;

/// <summary>
/// A data folder as it was at a git ref, written to a temporary folder that <see cref="Dispose"/> removes.
/// </summary>
/// <param name="Directory">The temporary folder holding the data folder's files at that ref.</param>
/// <param name="Label">How to name it to people: <c>origin/main:data</c>.</param>
/// <param name="Commit">The commit the ref resolved to.</param>
/// <param name="Existed">False when the ref has no such folder: the change creates the data.</param>
public sealed record CheckedOutData(string Directory, string Label, string Commit, bool Existed) : IDisposable
{
    /// <summary>A diagnostic path in the temporary folder, named as the folder at the ref: <c>origin/main:data/scores.csv</c>.</summary>
    public string Relabel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = Directory.Replace('\\', '/');
        return path.StartsWith(root, StringComparison.Ordinal) ? Label + path[root.Length..] : path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a comparison for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
