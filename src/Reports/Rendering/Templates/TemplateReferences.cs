using System.Text.RegularExpressions;

namespace Reports.Rendering.Templates;

/// <summary>
/// Finds <c>include</c>, <c>render</c> and <c>layout</c> tags with a quoted name in template source, with
/// their positions, so a missing partial or layout is reported where it is named, before anything renders.
/// </summary>
internal static partial class TemplateReferences
{
    public static IEnumerable<(string Tag, string Name, int Line, int Column)> Find(string source)
    {
        var visible = BlankOut(source);
        foreach (Match match in Reference().Matches(visible))
        {
            var name = match.Groups["name"];
            var (line, column) = Position(source, name.Index);
            yield return (match.Groups["tag"].Value, name.Value, line, column);
        }
    }

    /// <summary>True when a tag names its template with an expression instead of a quoted name: it may use any template.</summary>
    public static bool HasComputedName(string source) => ComputedReference().IsMatch(BlankOut(source));

    public static (int Line, int Column) Position(string source, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Comment and raw blocks are text, not tags: blank them out, keeping every position.</summary>
    public static string BlankOut(string source) =>
        Inert().Replace(source, m => new string([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]));

    [GeneratedRegex(@"\{%-?\s*(?<tag>include|render|layout)\s+(?<quote>['""])(?<name>[^'""]+)\k<quote>")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\{%-?\s*(?:include|render|layout)\s+[^'""\s]")]
    private static partial Regex ComputedReference();

    [GeneratedRegex(@"\{%-?\s*(?<block>comment|raw)\s*-?%\}.*?\{%-?\s*end\k<block>\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex Inert();
}
