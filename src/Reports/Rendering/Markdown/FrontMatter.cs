using System.Collections.Immutable;
using System.Globalization;
using Reports.Diagnostics;
using Reports.Rendering.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reports.Rendering.Markdown;

/// <summary>
/// The YAML block between a leading <c>---</c> line and the next <c>---</c> (or <c>...</c>) line of a Markdown
/// file: every field as text, plus the ones the site knows, typed. Only single values are allowed.
/// </summary>
public sealed record FrontMatter(
    ImmutableSortedDictionary<string, string> Fields,
    string? Title,
    string? Description,
    int? Order,
    bool Draft)
{
    public static FrontMatter None { get; } = new(ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal), null, null, null, false);

    /// <summary>Splits <paramref name="text"/> into front matter and body; bad YAML becomes diagnostics at file positions.</summary>
    /// <param name="path">The file, for diagnostics.</param>
    public static ParsedMarkdown Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return new ParsedMarkdown(None, text.TrimStart('\uFEFF'), 1, []);
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            return new ParsedMarkdown(None, text, 1, [MarkdownErrors.FrontMatterNotClosed(path)]);
        }

        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var diagnostics = new List<Diagnostic>();
        var frontMatter = ReadYaml(yaml, path, diagnostics);
        return new ParsedMarkdown(frontMatter, body, close + 2, [.. diagnostics]);
    }

    private static FrontMatter ReadYaml(string yaml, string path, List<Diagnostic> diagnostics)
    {
        // YAML line 1 is file line 2: the opening '---' comes first.
        const int lineOffset = 1;
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml);
        }
        catch (YamlException error)
        {
            diagnostics.Add(MarkdownErrors.InvalidYaml(path, (int)error.Start.Line + lineOffset, (int)error.Start.Column, Reason(error)));
            return None;
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet reports some unterminated constructs this way, without a position.
            diagnostics.Add(MarkdownErrors.InvalidYaml(path, 1, 1, error.Message));
            return None;
        }

        if (stream.Documents.Count == 0)
        {
            return None;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            diagnostics.Add(MarkdownErrors.NotAMapping(path, (int)root.Start.Line + lineOffset, (int)root.Start.Column));
            return None;
        }

        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode scalar)
            {
                diagnostics.Add(MarkdownErrors.NotASingleValue(path, (int)key.Start.Line + lineOffset, (int)key.Start.Column, key.ToString()));
                continue;
            }

            fields[name] = scalar.Value ?? "";
        }

        int? order = null;
        if (fields.TryGetValue("order", out var orderText))
        {
            if (int.TryParse(orderText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                order = parsed;
            }
            else
            {
                diagnostics.Add(MarkdownErrors.BadFieldValue(path, Position(mapping, "order", lineOffset), "order", orderText, "a whole number, e.g. 3"));
            }
        }

        var draft = false;
        if (fields.TryGetValue("draft", out var draftText) && !bool.TryParse(draftText, out draft))
        {
            diagnostics.Add(MarkdownErrors.BadFieldValue(path, Position(mapping, "draft", lineOffset), "draft", draftText, "true or false"));
        }

        return new FrontMatter(fields.ToImmutable(), fields.GetValueOrDefault("title"), fields.GetValueOrDefault("description"), order, draft);
    }

    private static (int Line, int Column) Position(YamlMappingNode mapping, string key, int lineOffset)
    {
        var value = mapping.Children[new YamlScalarNode(key)];
        return ((int)value.Start.Line + lineOffset, (int)value.Start.Column);
    }

    private static string Reason(YamlException error) =>
        error.InnerException is YamlException inner ? inner.Message : error.Message;
}
