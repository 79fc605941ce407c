using System.Text.RegularExpressions;

namespace Reports.Rendering.Templates;

/// <summary>
/// Finds the filters a template applies (<c>{{ x | upcase }}</c>, <c>{% assign y = x | size %}</c>), with their
/// positions. Fluid passes a value through an unknown filter unchanged, so a misspelt filter would otherwise
/// publish a wrong page without a word.
/// </summary>
internal static partial class TemplateFilters
{
    public static IEnumerable<(string Name, int Line, int Column)> Find(string source)
    {
        var visible = TemplateReferences.BlankOut(source);
        foreach (Match tag in Tag().Matches(visible))
        {
            // Quoted text is not code: '|' in a string is no filter.
            var code = Quoted().Replace(tag.Value, m => new string(' ', m.Length));
            foreach (Match filter in Filter().Matches(code))
            {
                var name = filter.Groups["name"];
                var (line, column) = TemplateReferences.Position(source, tag.Index + name.Index);
                yield return (name.Value, line, column);
            }
        }
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"'[^']*'|""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\|\s*(?<name>[A-Za-z_][A-Za-z0-9_-]*)")]
    private static partial Regex Filter();
}
