using System.Globalization;
using System.Text;

namespace Reports.Rendering.Charts;

/// <summary>
/// Rounds the numbers inside an SVG attribute value (path data, coordinate lists, transforms) and leaves
/// everything between them as it was. Skia writes up to eight significant digits; two decimals of a pixel
/// are invisible and keep a 520-week chart small.
/// </summary>
internal static class SvgNumbers
{
    public static string Round(string value, int decimals)
    {
        string format = "0." + new string('#', decimals);
        StringBuilder result = new(value.Length);
        int i = 0;
        while (i < value.Length)
        {
            int end = ScanNumber(value, i);
            if (end == i)
            {
                result.Append(value[i]);
                i++;
                continue;
            }

            double number = double.Parse(value.AsSpan(i, end - i), NumberStyles.Float, CultureInfo.InvariantCulture);
            double rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
            // "-0" would differ from "0" only by the sign of nothing.
            if (rounded == 0)
            {
                result.Append('0');
            }
            else
            {
                Append(result, rounded, format);
            }

            i = end;
        }

        return result.ToString();
    }

    /// <summary>
    /// A rounded number's shortest round-trip digits are those <paramref name="format"/> writes, and much faster to
    /// get; beyond 1e9 (never a pixel) the shortest form may switch to an exponent, so the format writes those.
    /// </summary>
    private static void Append(StringBuilder result, double rounded, string format)
    {
        Span<char> digits = stackalloc char[32];
        if (Math.Abs(rounded) < 1e9 && rounded.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture))
        {
            result.Append(digits[..written]);
        }
        else
        {
            result.Append(rounded.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>End of the number starting at <paramref name="start"/>, or <paramref name="start"/> if none starts there.</summary>
    private static int ScanNumber(string s, int start)
    {
        int i = start;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            i++;
        }

        int digits = SkipDigits(s, ref i);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            digits += SkipDigits(s, ref i);
        }

        if (digits == 0)
        {
            return start;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            int exponent = i + 1;
            if (exponent < s.Length && (s[exponent] == '-' || s[exponent] == '+'))
            {
                exponent++;
            }

            int afterExponent = exponent;
            if (SkipDigits(s, ref afterExponent) > 0)
            {
                i = afterExponent;
            }
        }

        return i;
    }

    private static int SkipDigits(string s, ref int i)
    {
        int from = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - from;
    }
}
