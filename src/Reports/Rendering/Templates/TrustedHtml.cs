namespace Reports.Rendering.Templates;

/// <summary>
/// HTML that Reports produced itself (sanitised Markdown, chart SVG): the only value the template filter
/// <c>raw</c> writes unescaped. Anything else, including plain strings, is HTML-encoded even under <c>raw</c>.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public static TrustedHtml Empty { get; } = new("");

    public override string ToString() => Value;
}
