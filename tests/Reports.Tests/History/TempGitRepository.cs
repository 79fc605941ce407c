using System.Text;
using Reports.History;

namespace Reports.Tests.History;

/// <summary>A real git repository in a temporary folder, with a local identity, for tests that need history.</summary>
internal sealed class TempGitRepository : IDisposable
{
    private TempGitRepository(string root) => Root = root;

    public string Root { get; }

    /// <summary>The repository's <c>data/</c> folder.</summary>
    public string Data => Path.Combine(Root, "data");

    public static bool GitIsInstalled => !Git.Run(Path.GetTempPath(), "--version").GitMissing;

    /// <summary>A new repository on branch main; the test is skipped, saying why, where git is not installed.</summary>
    public static TempGitRepository Create()
    {
        Skip.IfNot(GitIsInstalled, "git is not installed, and these tests read real git history");
        var root = Path.Combine(Path.GetTempPath(), "reports-tests", "git-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var repository = new TempGitRepository(root);
        repository.Run("init", "-q", "-b", "main");
        repository.Run("config", "user.name", "Reports Tests");
        repository.Run("config", "user.email", "tests@example.org");
        repository.Run("config", "commit.gpgsign", "false");
        repository.Run("config", "core.autocrlf", "false");
        return repository;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>Copies every file of <paramref name="folder"/> into <paramref name="relativeTarget"/>, replacing what is there.</summary>
    public void CopyFolder(string folder, string relativeTarget)
    {
        var target = Path.Combine(Root, relativeTarget);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        DataFolders.Copy(folder, target);
    }

    /// <summary>Stages everything and commits; returns the new commit.</summary>
    public string Commit(string message)
    {
        Run("add", "-A");
        Run("commit", "-q", "-m", message);
        return Run("rev-parse", "HEAD");
    }

    /// <summary>Runs git in the repository, failing the test when git fails; returns its output.</summary>
    public string Run(params string[] arguments)
    {
        var output = Git.Run(Root, arguments);
        Assert.True(output.Succeeded, $"git {string.Join(' ', arguments)} failed: {output.Error}");
        return output.Text;
    }

    public void Dispose() => DataFolders.DeleteQuietly(Root);
}
