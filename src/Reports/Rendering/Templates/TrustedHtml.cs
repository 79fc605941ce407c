namespace Reports.Rendering.Templates;

/// <summary>
/// HTML that Reports produced itself (sanitised Markdown, chart SVG): the only value the template filter
/// <c>raw</c> writes unescaped. Anything else, including plain strings, is HTML-encoded even under <c>raw</c>.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public static TrustedHtml Empty { get; } = new("");

    /// <summary>
    /// The Markdown this HTML was rendered from, when it was: a CSV cell reads its text from it (<see cref="Rendering.Csv.HtmlCellText"/>).
    /// Internal, so templates and model fingerprints see only the HTML, which it determines.
    /// </summary>
    internal string? Markdown { get; init; }

    public override string ToString() => Value;
}
