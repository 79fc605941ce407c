namespace Reports.Tests.History;

/// <summary>The plan fixture's data folder, copied to temporary folders that tests may change.</summary>
internal static class DataFolders
{
    /// <summary>The plan's two weeks, 46.25 and 55.00 (<see cref="TestPrograms.PlanData"/>).</summary>
    public static string Shipped => TestPrograms.PlanData;

    public static string NewTemporaryPath() => Path.Combine(Path.GetTempPath(), "reports-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A copy of the shipped data in a new temporary folder.</summary>
    public static string CopyOfShipped()
    {
        var path = NewTemporaryPath();
        Copy(Shipped, path);
        return path;
    }

    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            Copy(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(file, FileAttributes.Normal); // git marks its objects read-only
                }

                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a test for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
