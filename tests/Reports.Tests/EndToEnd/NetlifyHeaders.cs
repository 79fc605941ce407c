using System.Text.RegularExpressions;

namespace Reports.Tests.EndToEnd;

/// <summary>
/// The response headers netlify.toml sets for every path (<c>for = "/*"</c>), so the test server sends what the host
/// sends, the Content-Security-Policy above all. netlify.toml's header blocks are flat <c>Name = "value"</c> lines;
/// reading those needs no TOML library.
/// </summary>
public static partial class NetlifyHeaders
{
    public static IReadOnlyDictionary<string, string> ForEveryPath(string tomlPath)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? section = null;
        string? path = null;
        foreach (var raw in File.ReadLines(tomlPath))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                section = line;
                path = line == "[headers.values]" ? path : null;
                continue;
            }

            var pair = Pair().Match(line);
            if (!pair.Success)
            {
                continue;
            }

            if (section == "[[headers]]" && pair.Groups["name"].Value == "for")
            {
                path = pair.Groups["value"].Value;
            }
            else if (section == "[headers.values]" && path == "/*")
            {
                headers[pair.Groups["name"].Value] = pair.Groups["value"].Value;
            }
        }

        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            throw new InvalidOperationException($"{tomlPath} sets no Content-Security-Policy for \"/*\"");
        }

        return headers;
    }

    [GeneratedRegex("""^(?<name>[A-Za-z][A-Za-z0-9-]*)\s*=\s*"(?<value>[^"]*)"$""")]
    private static partial Regex Pair();
}
