using System.Collections.Immutable;
using System.Text;
using Reports.Site;

namespace Reports.Tests.Site;

/// <summary>
/// A throw-away site folder (data/, input/, theme/, output/) with files written inline, Hugo-style:
/// <c>-- data/rubric.csv --</c> starts a file, the lines below are its content.
/// </summary>
public sealed class SiteFolder : IDisposable
{
    public SiteFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "reports-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    public SiteOptions Options(bool strict = false, string? baseUrl = null) => new(Data, Input, Theme, Output, strict, baseUrl);

    /// <summary>A folder holding the plan fixture's data and pages with the tool's theme.</summary>
    public static SiteFolder Shipped()
    {
        var folder = new SiteFolder();
        CopyDirectory(TestPrograms.PlanData, folder.Data);
        CopyDirectory(TestPrograms.PlanInput, folder.Input);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), folder.Theme);
        return folder;
    }

    /// <summary>An example program of <c>examples/</c> (its data/ and input/) with the shipped theme.</summary>
    public static SiteFolder Example(string name)
    {
        var folder = new SiteFolder();
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "examples", name, "data"), folder.Data);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "examples", name, "input"), folder.Input);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), folder.Theme);
        return folder;
    }

    /// <summary>The shipped theme and pages with the given data files.</summary>
    public static SiteFolder WithTheme(string sections)
    {
        var folder = new SiteFolder();
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "theme"), folder.Theme);
        CopyDirectory(TestPrograms.PlanInput, folder.Input);
        Directory.Delete(Path.Combine(folder.Input, "weeks"), recursive: true);
        return folder.WriteSections(sections);
    }

    public SiteFolder Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return this;
    }

    public SiteFolder WriteSections(string sections)
    {
        string? current = null;
        var content = new StringBuilder();
        foreach (var line in sections.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush();
                current = line[3..^3].Trim();
                content.Clear();
            }
            else if (current is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        Flush();
        return this;

        void Flush()
        {
            if (current is not null)
            {
                Write(current, content.ToString());
            }
        }
    }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public BuildOutcome Build(bool strict = false, string? baseUrl = null) => SiteBuilder.Build(Options(strict, baseUrl));

    /// <summary>Every output file by site-relative path, ordinal.</summary>
    public ImmutableSortedDictionary<string, byte[]> OutputFiles()
    {
        if (!Directory.Exists(Output))
        {
            return ImmutableSortedDictionary<string, byte[]>.Empty.WithComparers(StringComparer.Ordinal);
        }

        return Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToImmutableSortedDictionary(
                f => System.IO.Path.GetRelativePath(Output, f).Replace(System.IO.Path.DirectorySeparatorChar, '/'),
                File.ReadAllBytes,
                StringComparer.Ordinal);
    }

    public string ReadOutput(string relative) => File.ReadAllText(System.IO.Path.Combine(Output, relative));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
