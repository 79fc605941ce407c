using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Reports.Rendering.Yaml;

/// <summary>
/// Loads the small YAML files Reports reads (<c>input/site.yml</c>, front matter) within limits: YamlDotNet
/// builds its node tree recursively, so 100,000 nested brackets overflow the stack and end the process, and its
/// parser slows down with the length of a flow collection. The events are walked first, without building
/// anything, and a text that is too long or too deep fails as a <see cref="YamlException"/> at its position,
/// like any other YAML mistake. So do the mistakes YamlDotNet reports as <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/>.
/// </summary>
public static class BoundedYaml
{
    /// <summary>Collections inside collections; site settings and front matter use one level.</summary>
    public const int MaxDepth = 32;

    /// <summary>Characters; a site's settings or a page's front matter is a few hundred.</summary>
    public const int MaxLength = 64 * 1024;

    public static YamlStream Load(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > MaxLength)
        {
            throw new YamlException(string.Create(CultureInfo.InvariantCulture, $"the YAML is {yaml.Length} characters long; at most {MaxLength} are read"));
        }

        try
        {
            CheckDepth(yaml);
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream;
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed input this way: "the scanner should contain no more tokens" for
            // an unterminated construct, "the current event is of an unsupported type" for '? : ...'.
            throw new YamlException(error.Message);
        }
    }

    private static void CheckDepth(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (++depth > MaxDepth)
                    {
                        var at = parser.Current.Start;
                        throw new YamlException(at, parser.Current.End, string.Create(
                            CultureInfo.InvariantCulture, $"collections nest more than {MaxDepth} levels deep here"));
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }
}
