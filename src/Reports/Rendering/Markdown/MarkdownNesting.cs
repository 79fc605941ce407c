namespace Reports.Rendering.Markdown;

/// <summary>
/// How deeply a Markdown text nests, measured in one pass before Markdig sees it. Markdig throws past 128
/// levels and slows down long before that (thousands of <c>&gt;</c> or <c>[</c> take seconds), so every
/// Markdown source (CSV cells, <c>input/</c> pages, week narratives) is held to <see cref="MaxDepth"/>.
/// The measure errs on the deep side: block containers (<c>&gt;</c>, list markers, two columns of indentation
/// each) on one line, and within a paragraph open brackets plus open emphasis (a run of n <c>*</c>, <c>_</c> or
/// <c>~</c> opens up to n/2 levels). Code is measured like text: telling code from text would take the parse
/// this check protects, and no code sample nests 32 levels deep either.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>More levels than any real document uses; far below Markdig's own limit of 128.</summary>
    public const int MaxDepth = 32;

    /// <summary>The first place where <paramref name="markdown"/> nests deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static MarkdownNestingProblem? Find(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var inline = default(OpenInlines);
        var line = 1;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var text = markdown.AsSpan(start, end - start).TrimEnd('\r');
            var (block, content, over) = BlockDepth(text);
            if (over >= 0)
            {
                return new MarkdownNestingProblem(line, over + 1, block);
            }

            var rest = text[content..];
            if (rest.IsWhiteSpace())
            {
                inline = default; // a blank line ends the paragraph, and with it every open bracket and emphasis
            }
            else if (InlineDepth(rest, ref inline) is int column)
            {
                return new MarkdownNestingProblem(line, content + column + 1, inline.Depth);
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>
    /// The container markers and indentation before a line's content, where that content starts, and where the
    /// depth first passed <see cref="MaxDepth"/> (-1 if it did not).
    /// </summary>
    private static (int Depth, int Content, int Over) BlockDepth(ReadOnlySpan<char> text)
    {
        var markers = 0;
        var indent = 0;
        var over = -1;
        var i = 0;
        while (i < text.Length)
        {
            var at = i;
            var c = text[i];
            if (c == ' ')
            {
                indent++;
                i++;
            }
            else if (c == '\t')
            {
                indent += 4;
                i++;
            }
            else if (c == '>')
            {
                markers++;
                i += i + 1 < text.Length && text[i + 1] == ' ' ? 2 : 1;
            }
            else if (c is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (OrderedMarker(text[i..]) is int length and > 0)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }

            if (over < 0 && markers + (indent / 2) > MaxDepth)
            {
                over = at;
            }
        }

        return (markers + (indent / 2), i, over);
    }

    /// <summary>The length of an ordered list marker (<c>12. </c>, <c>3) </c>) at the start of <paramref name="text"/>, or 0.</summary>
    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }

    /// <summary>Adds the brackets and emphasis this line opens to <paramref name="open"/>; the 0-based column where it passes the limit, or null.</summary>
    private static int? InlineDepth(ReadOnlySpan<char> text, ref OpenInlines open)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\':
                    i++; // an escaped character opens nothing
                    break;
                case '`':
                    i += CodeSpan(text, i) - 1; // code spans are not parsed inside
                    break;
                case '[':
                    open.Brackets++;
                    break;
                case ']':
                    open.Brackets = Math.Max(0, open.Brackets - 1);
                    break;
                case '*' or '_' or '~':
                    var length = Run(text, i);
                    var canOpen = i + length < text.Length && !char.IsWhiteSpace(text[i + length]);
                    var canClose = i > 0 && !char.IsWhiteSpace(text[i - 1]);
                    var pending = open.Emphasis(c);

                    // A run of n delimiters nests n/2 levels: a pair of 255-long runs is 128 levels deep.
                    if (canClose && pending > 0)
                    {
                        open.SetEmphasis(c, Math.Max(0, pending - ((length + 1) / 2)));
                    }
                    else if (canOpen)
                    {
                        open.SetEmphasis(c, pending + ((length + 1) / 2));
                    }

                    i += length - 1;
                    break;
            }

            if (open.Depth > MaxDepth)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The length of the code span starting at <paramref name="at"/>, or of its backtick run when nothing closes it.</summary>
    private static int CodeSpan(ReadOnlySpan<char> text, int at)
    {
        var run = Run(text, at);
        for (var i = at + run; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                var closing = Run(text, i);
                if (closing == run)
                {
                    return i + closing - at;
                }

                i += closing - 1;
            }
        }

        return run;
    }

    private static int Run(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == text[at])
        {
            end++;
        }

        return end - at;
    }

    /// <summary>What a paragraph has opened so far: brackets, and emphasis levels by delimiter.</summary>
    private struct OpenInlines
    {
        public int Brackets;
        private int _stars;
        private int _underscores;
        private int _tildes;

        public readonly int Depth => Brackets + _stars + _underscores + _tildes;

        public readonly int Emphasis(char delimiter) => delimiter switch
        {
            '*' => _stars,
            '_' => _underscores,
            _ => _tildes,
        };

        public void SetEmphasis(char delimiter, int levels)
        {
            switch (delimiter)
            {
                case '*':
                    _stars = levels;
                    break;
                case '_':
                    _underscores = levels;
                    break;
                default:
                    _tildes = levels;
                    break;
            }
        }
    }
}
