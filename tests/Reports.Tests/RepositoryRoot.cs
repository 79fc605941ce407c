namespace Reports.Tests;

/// <summary>The repository's root folder (the one holding Reports.sln), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Reports.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Reports.sln not found above " + AppContext.BaseDirectory);
    }
}
