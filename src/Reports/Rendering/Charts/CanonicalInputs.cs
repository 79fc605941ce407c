using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reports.Rendering.Charts;

/// <summary>
/// A canonical text of exactly what one chart reads, one <c>name=value</c> line per field, and its SHA-256:
/// equal inputs give equal keys whatever culture, object identity or list instance they came from.
/// </summary>
internal sealed class CanonicalInputs
{
    private readonly StringBuilder text = new();

    public CanonicalInputs Add(string name, string value)
    {
        text.Append(name).Append('=');
        foreach (char c in value)
        {
            // Escape the two characters that structure the text, so no value can forge another field.
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('\n');
        return this;
    }

    public CanonicalInputs Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Decimals without trailing zeros: 55m and 55.00m are the same input.</summary>
    public CanonicalInputs Add(string name, decimal value) =>
        Add(name, value.ToString("0.############################", CultureInfo.InvariantCulture));

    public CanonicalInputs Add(string name, DateOnly value) => Add(name, Invariant.Date(value));

    public override string ToString() => text.ToString();

    /// <summary>Lower-case hex SHA-256 of the canonical text.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
}
