using System.Globalization;
using System.Text;

namespace Reports.Diagnostics;

/// <summary>
/// Untrusted text made safe to print on one line: control characters (NUL, line breaks, the escape that starts
/// terminal sequences, C1) and the invisible bidirectional overrides are written as <c>\0</c>, <c>\n</c>,
/// <c>\u001B</c> …, so a value can neither break a diagnostic into lines nor hide or reorder what it says.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\0' => "\\0",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when NeedsEscape(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
