using System.Text;

namespace Reports.Rendering.Charts;

/// <summary>Text from the data (category names, incident ids) made safe to draw and to put in XML.</summary>
internal static class ChartText
{
    /// <summary>
    /// Folds line breaks and tabs into spaces and drops other control characters and non-characters, which XML
    /// cannot hold; a lone surrogate becomes U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder result = new(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value is '\r' or '\n' or '\t')
            {
                result.Append(' ');
            }
            else if (!Rune.IsControl(rune) && rune.Value is not (0xFFFE or 0xFFFF))
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString().Trim();
    }
}
