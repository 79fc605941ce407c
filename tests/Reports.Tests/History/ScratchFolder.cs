namespace Reports.Tests.History;

/// <summary>A temporary folder that is deleted when the test ends.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private ScratchFolder(string path) => Path = path;

    public string Path { get; }

    public static ScratchFolder Empty()
    {
        var path = DataFolders.NewTemporaryPath();
        Directory.CreateDirectory(path);
        return new ScratchFolder(path);
    }

    /// <summary>A copy of the shipped data: the plan's two weeks.</summary>
    public static ScratchFolder ShippedData() => new(DataFolders.CopyOfShipped());

    /// <summary>The shipped data as of 2026-02-17: one week, four more findings open.</summary>
    public static ScratchFolder Week1Data() => new(History.Week1Data.NewFolder());

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Replace(string file, string find, string replace)
    {
        var text = System.IO.File.ReadAllText(File(file));
        Assert.Contains(find, text, StringComparison.Ordinal);
        System.IO.File.WriteAllText(File(file), text.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => DataFolders.DeleteQuietly(Path);
}
