using System.Globalization;
using System.Text;
using Reports.Diagnostics;

namespace Reports.Tests.Data;

/// <summary>A data folder in a temporary directory: the valid corpus baseline, changed file by file.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public static readonly string CorpusRoot = System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus");

    private TempDataFolder(string path) => Path = path;

    public string Path { get; }

    public static TempDataFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reports-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempDataFolder(path);
    }

    public static TempDataFolder FromBaseline()
    {
        var folder = Empty();
        CopyDirectory(System.IO.Path.Combine(CorpusRoot, "valid"), folder.Path);
        return folder;
    }

    /// <summary>
    /// Applies a corpus case: its files replace the baseline's, a file <c>name.absent</c> deletes <c>name</c>,
    /// a directory replaces the file of its name, and <c>expected.txt</c> is not copied.
    /// </summary>
    public void Overlay(string caseDirectory)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(caseDirectory))
        {
            var name = System.IO.Path.GetFileName(entry);
            var target = System.IO.Path.Combine(Path, name);
            if (name == "expected.txt")
            {
                continue;
            }

            if (name.EndsWith(".absent", StringComparison.Ordinal))
            {
                File.Delete(System.IO.Path.Combine(Path, name[..^".absent".Length]));
            }
            else if (Directory.Exists(entry))
            {
                File.Delete(target);
                CopyDirectory(entry, target);
            }
            else
            {
                File.Copy(entry, target, overwrite: true);
            }
        }
    }

    public void Write(string file, string text) => File.WriteAllText(System.IO.Path.Combine(Path, file), text, new UTF8Encoding(false));

    public void WriteBytes(string file, byte[] bytes) => File.WriteAllBytes(System.IO.Path.Combine(Path, file), bytes);

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    /// <summary><c>file(line,col): CODE</c>, or <c>file: CODE</c> for the file as a whole; paths relative to this folder.</summary>
    public string Describe(Diagnostic diagnostic)
    {
        var file = System.IO.Path.GetRelativePath(Path, diagnostic.Path).Replace('\\', '/');
        return diagnostic.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{file}({diagnostic.Line},{diagnostic.Column}): {diagnostic.Code}")
            : $"{file}: {diagnostic.Code}";
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a test for.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}
