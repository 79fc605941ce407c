using System.Collections.Immutable;
using System.Net;

namespace Reports.Publishing;

/// <summary>
/// Reads what the link checker needs from one page — every <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c>,
/// inline and <c>&lt;style&gt;</c> CSS <c>url()</c>, every id and <c>a[name]</c> — in one pass over the text,
/// following the HTML tokenizer's rules for what matters here: tags and their attributes (quoted or not, names
/// lower-cased, the first of repeated names kept, character references decoded), comments, doctypes, and the
/// raw-text elements (<c>style</c>, <c>script</c>, <c>title</c>, <c>textarea</c> …) whose bodies are not markup.
/// Positions are the line and column of the tag's <c>&lt;</c>. A build checks every page of the site, and a full
/// HTML tokenizer spent most of a large build doing it; tests compare this scanner with AngleSharp's tokenizer
/// on the shipped site, generated sites and hostile markup.
/// </summary>
internal static class PageScanner
{
    private static readonly string[] RawText = ["style", "xmp", "iframe", "noembed", "noframes", "script", "title", "textarea"];

    public static ScannedPage ScanHtml(string text)
    {
        var links = new List<PageLink>();
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var seen = new List<string>(8);
        var position = new Cursor(text);
        while (position.Index < text.Length)
        {
            var open = text.IndexOf('<', position.Index);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            position.MoveTo(open);
            var next = text[open + 1];
            if (next == '!')
            {
                position.MoveTo(text.AsSpan(open).StartsWith("<!--") ? EndOf(text, open + 4, "-->") : EndOf(text, open + 2, ">"));
            }
            else if (next == '?')
            {
                position.MoveTo(EndOf(text, open + 2, ">"));
            }
            else if (next == '/')
            {
                position.MoveTo(IsAsciiLetter(text, open + 2) ? EndOf(text, open + 2, ">") : open + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                var (line, column) = (position.Line, position.Column);
                var tag = ReadTag(text, open + 1, line, column, links, ids, seen, out var end, out var selfClosing);
                position.MoveTo(end);
                if (!selfClosing && Array.IndexOf(RawText, tag) >= 0)
                {
                    var close = RawTextEnd(text, end, tag);
                    if (tag == "style")
                    {
                        links.AddRange(CssScanner.Links(text[end..close], line, column));
                    }

                    position.MoveTo(close);
                }
                else if (!selfClosing && tag == "plaintext")
                {
                    break;
                }
            }
            else
            {
                position.MoveTo(open + 1);
            }
        }

        return new ScannedPage(ids.ToImmutable(), [.. links]);
    }

    public static ScannedPage ScanCss(string text) => new([], [.. CssScanner.Links(text, 1, 1)]);

    /// <summary>Reads a start tag from its name to its <c>&gt;</c>; returns the lower-cased name.</summary>
    private static string ReadTag(
        string text, int start, int line, int column, List<PageLink> links, ImmutableHashSet<string>.Builder ids, List<string> seen, out int end, out bool selfClosing)
    {
        var i = start;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>'))
        {
            i++;
        }

        var tag = text[start..i].ToLowerInvariant();
        seen.Clear();
        var attributes = new List<(string Name, string Value)>(4);
        selfClosing = false;
        while (i < text.Length)
        {
            while (i < text.Length && (IsSpace(text[i]) || text[i] == '/'))
            {
                selfClosing = text[i] == '/' && i + 1 < text.Length && text[i + 1] == '>';
                i++;
            }

            if (i >= text.Length || text[i] == '>')
            {
                break;
            }

            selfClosing = false;
            var nameStart = i;
            // A name runs to a space, '/', '>' or '='; an '=' as its first character belongs to it.
            i++;
            while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            var name = text[nameStart..i].ToLowerInvariant();
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var value = "";
            if (i < text.Length && text[i] == '=')
            {
                i++;
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                if (i < text.Length && text[i] is '"' or '\'')
                {
                    var quote = text[i];
                    var close = text.IndexOf(quote, i + 1);
                    close = close < 0 ? text.Length : close;
                    value = text[(i + 1)..close];
                    i = Math.Min(close + 1, text.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }

                    value = text[valueStart..i];
                }
            }

            if (seen.Contains(name))
            {
                continue;
            }

            seen.Add(name);
            attributes.Add((name, value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value));
        }

        end = Math.Min(i + 1, text.Length);
        if (i >= text.Length)
        {
            // A tag cut off by the end of the text is no tag (the tokenizer emits nothing for it).
            return "";
        }

        foreach (var (name, value) in attributes)
        {
            Collect(tag, name, value, line, column, links, ids);
        }

        return tag;
    }

    /// <summary>What one attribute of a tag adds: links (<c>href</c>, <c>src</c>, <c>poster</c>, <c>srcset</c>, CSS in <c>style</c>) or ids.</summary>
    internal static void Collect(string tag, string name, string value, int line, int column, List<PageLink> links, ImmutableHashSet<string>.Builder ids)
    {
        switch (name)
        {
            case "href" or "src" or "poster":
                AddUrl(value, line, column, links);
                break;
            case "srcset":
                foreach (var candidate in value.Split(','))
                {
                    AddUrl(candidate.Trim().Split(' ', 2)[0], line, column, links);
                }

                break;
            case "style":
                links.AddRange(CssScanner.Links(value, line, column).Select(l => l with { Line = line, Column = column }));
                break;
            case "id":
                ids.Add(value);
                break;
            case "name" when tag == "a":
                ids.Add(value);
                break;
        }
    }

    private static void AddUrl(string url, int line, int column, List<PageLink> links)
    {
        if (url.Trim().Length > 0)
        {
            links.Add(new PageLink(url, line, column));
        }
    }

    /// <summary>Where a raw-text element's body ends: at its end tag (<c>&lt;/style</c> then a space, '/' or '&gt;'), or the end of the text.</summary>
    private static int RawTextEnd(string text, int from, string tag)
    {
        for (var i = text.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = text.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            var after = i + 2 + tag.Length;
            if (after <= text.Length
                && string.Compare(text, i + 2, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after == text.Length || IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Just past <paramref name="terminator"/> after <paramref name="from"/>, or the end of the text.</summary>
    private static int EndOf(string text, int from, string terminator)
    {
        var at = text.IndexOf(terminator, Math.Min(from, text.Length), StringComparison.Ordinal);
        return at < 0 ? text.Length : at + terminator.Length;
    }

    private static bool IsAsciiLetter(string text, int index) => index < text.Length && char.IsAsciiLetter(text[index]);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>An index into the text with its line and column, moved forward only; CR LF and a lone CR count as one line break, as in HTML.</summary>
    private struct Cursor(string text)
    {
        public int Index { get; private set; }

        public int Line { get; private set; } = 1;

        public readonly int Column => Index - _lineStart + 1;

        private int _lineStart;

        public void MoveTo(int index)
        {
            var target = Math.Min(index, text.Length);
            for (var i = text.IndexOfAny(LineBreaks, Index); i >= 0 && i < target; i = text.IndexOfAny(LineBreaks, i + 1))
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                Line++;
                _lineStart = i + 1;
            }

            Index = target;
        }

        private static readonly char[] LineBreaks = ['\n', '\r'];
    }
}
