using System.Globalization;
using System.Text;

namespace Reports.History;

/// <summary>
/// Text from the CSV files made safe for a GitHub comment: it is rendered as Markdown with HTML, so a title
/// with a pipe must not split a table cell, a backtick must not open code, and <c>&lt;</c> must not open a tag.
/// </summary>
internal static class MarkdownText
{
    private const string Ellipsis = "…";

    /// <summary>One line of literal text: Markdown and HTML characters escaped, line breaks folded to spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '$' or '#' or '!':
                    escaped.Append('\\').Append(c);
                    break;

                // A word joiner after @ keeps "@team" in a CSV cell from notifying people through the comment.
                case '@': escaped.Append("@\u2060"); break;
                case '\n' or '\t': escaped.Append(' '); break;
                case < ' ' or '\u007f': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Escaped, and cut after <paramref name="limit"/> text elements so a long rationale does not swamp a table.</summary>
    public static string Shortened(string? text, int limit)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var info = new StringInfo(text.ReplaceLineEndings(" "));
        return info.LengthInTextElements <= limit
            ? Escape(info.String)
            : Escape(info.SubstringByTextElements(0, limit).TrimEnd()) + Ellipsis;
    }
}
