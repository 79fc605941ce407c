using Reports.Diagnostics;
using Reports.Paths;
using Reports.Rendering.Yaml;
using Reports.Site.Outputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reports.Site.Config;

/// <summary>
/// The site's settings from <c>input/site.yml</c>: its title and its public address. Both are optional; a
/// missing file means the defaults. The command line and the host's environment override <see cref="BaseUrl"/>
/// (they come in through <see cref="SiteOptions.BaseUrl"/>: the core never reads the environment).
/// </summary>
/// <param name="Title">The site's name in page titles, the header and citations; null for the default.</param>
/// <param name="BaseUrl">The public address, normalised (<c>https://reliability.example.org</c>); null when not set.</param>
public sealed record SiteConfig(string? Title, string? BaseUrl)
{
    public const string FileName = "site.yml";

    public const string TitleKey = "title";

    public const string BaseUrlKey = "base_url";

    public static SiteConfig Empty { get; } = new(null, null);

    private static readonly string[] Keys = [TitleKey, BaseUrlKey];

    /// <summary>Reads <c>site.yml</c> in <paramref name="inputDirectory"/>; every problem is a diagnostic at its line and column.</summary>
    public static Result<SiteConfig> Load(string inputDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputDirectory);
        var file = Path.Combine(inputDirectory, FileName);
        if (!ContainedPath.StaysInside(inputDirectory, file))
        {
            return new Result<SiteConfig>(null, [PathErrors.LinkLeavesFolder(file, inputDirectory)]);
        }

        if (!File.Exists(file))
        {
            return new Result<SiteConfig>(Empty, []);
        }

        return Parse(File.ReadAllText(file), file.Replace('\\', '/'));
    }

    /// <summary>Reads the text of a <c>site.yml</c>; <paramref name="path"/> names it in diagnostics.</summary>
    public static Result<SiteConfig> Parse(string yaml, string path)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml.TrimStart('\uFEFF'));
        }
        catch (YamlException error)
        {
            var reason = error.InnerException is YamlException inner ? inner.Message : error.Message;
            return Failed(SiteConfigErrors.InvalidYaml(path, (int)error.Start.Line, (int)error.Start.Column, reason));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new Result<SiteConfig>(Empty, []);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            return Failed(SiteConfigErrors.NotAMapping(path, (int)root.Start.Line, (int)root.Start.Column));
        }

        var diagnostics = new List<Diagnostic>();
        string? title = null;
        string? baseUrl = null;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                diagnostics.Add(SiteConfigErrors.NotASingleValue(path, (int)key.Start.Line, (int)key.Start.Column, key.ToString()));
                continue;
            }

            if (!Keys.Contains(name, StringComparer.Ordinal))
            {
                diagnostics.Add(SiteConfigErrors.UnknownKey(path, (int)key.Start.Line, (int)key.Start.Column, name, Data.Suggestions.Closest(name, Keys)));
                continue;
            }

            if (value is not YamlScalarNode scalar)
            {
                diagnostics.Add(SiteConfigErrors.NotASingleValue(path, (int)value.Start.Line, (int)value.Start.Column, name));
                continue;
            }

            var text = (scalar.Value ?? "").Trim();
            var (line, column) = ((int)value.Start.Line, (int)value.Start.Column);
            if (name == TitleKey)
            {
                if (text.Length == 0 || text.Any(char.IsControl))
                {
                    diagnostics.Add(SiteConfigErrors.BadValue(path, line, column, name, text, "the site's name on one line, e.g. 'Reliability report'"));
                }
                else
                {
                    title = text;
                }
            }
            else if (text.Length > 0)
            {
                if (SiteUrls.TryNormalize(text, out var normalized))
                {
                    baseUrl = normalized;
                }
                else
                {
                    diagnostics.Add(SiteConfigErrors.BadValue(path, line, column, name, text, "an absolute http or https address without query or fragment, e.g. https://reliability.example.org"));
                }
            }
        }

        return diagnostics.Any(d => d.IsError)
            ? new Result<SiteConfig>(null, diagnostics)
            : new Result<SiteConfig>(new SiteConfig(title, baseUrl), diagnostics);
    }

    private static Result<SiteConfig> Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
