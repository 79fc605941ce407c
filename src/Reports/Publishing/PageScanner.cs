using System.Collections.Immutable;
using System.Net;
using System.Text;

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

    /// <summary>The tags whose name matters here: every other tag is only skipped over.</summary>
    private static readonly string[] NamedTags = [.. RawText, "plaintext", "a"];

    /// <summary>The attributes <see cref="Collect"/> reads; no other attribute's name or value is ever copied out of the text.</summary>
    private static readonly string[] ReadAttributes = ["href", "src", "poster", "srcset", "style", "id", "name"];

    public static ScannedPage ScanHtml(string text) => ScanHtml(text.AsSpan());

    /// <summary>Reads a page from a span, so that a caller can decode it into a pooled buffer.</summary>
    public static ScannedPage ScanHtml(ReadOnlySpan<char> text)
    {
        var links = new List<PageLink>();
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var attributes = new List<(string Name, string Value)>(4);
        var position = default(Cursor);
        var index = 0;
        while (index < text.Length)
        {
            var open = IndexOf(text, index, '<');
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            var next = text[open + 1];
            if (next == '!')
            {
                index = text[open..].StartsWith("<!--") ? EndOf(text, open + 4, "-->") : EndOf(text, open + 2, ">");
            }
            else if (next == '?')
            {
                index = EndOf(text, open + 2, ">");
            }
            else if (next == '/')
            {
                index = IsAsciiLetter(text, open + 2) ? EndOf(text, open + 2, ">") : open + 2;
            }
            else if (char.IsAsciiLetter(next))
            {
                var tag = ReadTag(text, open + 1, attributes, out var end, out var selfClosing);
                index = end;
                if (tag is null)
                {
                    continue;
                }

                var (line, column) = attributes.Count > 0 || tag == "style" ? position.At(text, open) : (0, 0);
                foreach (var (name, value) in attributes)
                {
                    Collect(tag, name, value, line, column, links, ids);
                }

                if (!selfClosing && Array.IndexOf(RawText, tag) >= 0)
                {
                    var close = RawTextEnd(text, end, tag);
                    if (tag == "style")
                    {
                        links.AddRange(CssScanner.Links(text[end..close].ToString(), line, column));
                    }

                    index = close;
                }
                else if (!selfClosing && tag == "plaintext")
                {
                    break;
                }
            }
            else
            {
                index = open + 1;
            }
        }

        return new ScannedPage(ids.ToImmutable(), [.. links]);
    }

    public static ScannedPage ScanCss(string text) => new([], [.. CssScanner.Links(text, 1, 1)]);

    /// <summary>
    /// Reads a start tag from its name to its <c>&gt;</c>, filling <paramref name="attributes"/> with the first of each
    /// attribute <see cref="Collect"/> reads. Returns the tag's name if it is one of <see cref="NamedTags"/>, "" for
    /// any other tag, and null for a tag cut off by the end of the text (the tokenizer emits nothing for it).
    /// </summary>
    private static string? ReadTag(ReadOnlySpan<char> text, int start, List<(string Name, string Value)> attributes, out int end, out bool selfClosing)
    {
        var i = start;
        while (i < text.Length && !IsSpace(text[i]) && text[i] is not ('/' or '>'))
        {
            i++;
        }

        var tag = Known(text[start..i], NamedTags) is var t and >= 0 ? NamedTags[t] : "";
        attributes.Clear();
        var seen = 0;
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

            var known = Known(text[nameStart..i], ReadAttributes);
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            var (valueStart, valueEnd) = (i, i);
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
                    var close = IndexOf(text, i + 1, quote);
                    close = close < 0 ? text.Length : close;
                    (valueStart, valueEnd) = (i + 1, close);
                    i = Math.Min(close + 1, text.Length);
                }
                else
                {
                    valueStart = i;
                    while (i < text.Length && !IsSpace(text[i]) && text[i] != '>')
                    {
                        i++;
                    }

                    valueEnd = i;
                }
            }

            // The DOM keeps the first of repeated attributes; the others are read past.
            if (known < 0 || (seen & (1 << known)) != 0)
            {
                continue;
            }

            seen |= 1 << known;
            var value = text[valueStart..valueEnd].ToString();
            attributes.Add((ReadAttributes[known], value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value));
        }

        end = Math.Min(i + 1, text.Length);
        return i >= text.Length ? null : tag;
    }

    /// <summary>Which of <paramref name="names"/> a tag or attribute name is, compared as the tokenizer lower-cases: ASCII letters only.</summary>
    private static int Known(ReadOnlySpan<char> name, string[] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(name, names[i]))
            {
                return i;
            }
        }

        return -1;
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
    private static int RawTextEnd(ReadOnlySpan<char> text, int from, string tag)
    {
        for (var i = IndexOf(text, from, "</"); i >= 0; i = IndexOf(text, i + 2, "</"))
        {
            var after = i + 2 + tag.Length;
            if (after <= text.Length
                && text[(i + 2)..after].Equals(tag, StringComparison.OrdinalIgnoreCase)
                && (after == text.Length || IsSpace(text[after]) || text[after] is '/' or '>'))
            {
                return i;
            }
        }

        return text.Length;
    }

    /// <summary>Just past <paramref name="terminator"/> after <paramref name="from"/>, or the end of the text.</summary>
    private static int EndOf(ReadOnlySpan<char> text, int from, string terminator)
    {
        var at = IndexOf(text, Math.Min(from, text.Length), terminator);
        return at < 0 ? text.Length : at + terminator.Length;
    }

    private static int IndexOf(ReadOnlySpan<char> text, int from, char value) => text[from..].IndexOf(value) is var at and >= 0 ? at + from : -1;

    private static int IndexOf(ReadOnlySpan<char> text, int from, string value) =>
        text[from..].IndexOf(value, StringComparison.Ordinal) is var at and >= 0 ? at + from : -1;

    private static bool IsAsciiLetter(ReadOnlySpan<char> text, int index) => index < text.Length && char.IsAsciiLetter(text[index]);

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// Lines and columns of positions asked for in increasing order, counted from where the last one was; CR LF and a
    /// lone CR count as one line break, as in HTML. Only tags that hold links are asked for.
    /// </summary>
    private struct Cursor
    {
        private int _index;
        private int _line;
        private int _lineStart;

        public (int Line, int Column) At(ReadOnlySpan<char> text, int index)
        {
            var breaks = text[_index..index];
            for (var at = breaks.IndexOfAny('\n', '\r'); at >= 0; at = breaks.IndexOfAny('\n', '\r'))
            {
                var next = at + 1;
                if (breaks[at] == '\r' && next < breaks.Length && breaks[next] == '\n')
                {
                    next++;
                }

                _line++;
                _lineStart = index - breaks.Length + next;
                breaks = breaks[next..];
            }

            _index = index;
            return (_line + 1, index - _lineStart + 1);
        }
    }
}
