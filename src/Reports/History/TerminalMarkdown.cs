using System.Text.RegularExpressions;

namespace Reports.History;

/// <summary>
/// The diff's Markdown as a person at a terminal reads it: the same text, without what only GitHub needs. The
/// escapes of <see cref="MarkdownText"/> are undone (<c>HEAD\~1</c> reads <c>HEAD~1</c>, <c>&amp;lt;</c> reads
/// <c>&lt;</c>) and folds become their summary line; tables and emphasis stay, as they read well as text.
/// </summary>
public static partial class TerminalMarkdown
{
    public static string From(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        // Data text never holds a raw '<' (it is escaped to &lt;), so every tag here is one the diff wrote.
        var unfolded = Fold().Replace(markdown, m => m.Groups["summary"].Value + ":");
        unfolded = Unfold().Replace(unfolded, "");

        // One pass from left to right, so "&amp;lt;" (a literal "&lt;" in a cell) becomes "&lt;", not "<".
        return Escape().Replace(unfolded, m => m.Value switch
        {
            "&amp;" => "&",
            "&lt;" => "<",
            "&gt;" => ">",
            "@\u2060" => "@",
            _ => m.Value[1..],
        });
    }

    [GeneratedRegex(@"<details><summary>(?<summary>[^<\n]*)</summary>")]
    private static partial Regex Fold();

    [GeneratedRegex(@"\n?</details>\n")]
    private static partial Regex Unfold();

    [GeneratedRegex(@"\\[\\`*_\[\]|~$#!]|&(?:amp|lt|gt);|@\u2060")]
    private static partial Regex Escape();
}
