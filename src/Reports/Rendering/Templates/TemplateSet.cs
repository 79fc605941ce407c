using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Reports.Diagnostics;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// Every <c>.liquid</c> file of an <see cref="OverlayFileSystem"/>, parsed once; immutable and safe to render
/// from many threads. Names are paths from the overlay root, <c>.liquid</c> optional
/// (<c>layouts/week</c>, <c>{% include 'partials/nav' %}</c>). Output is HTML-encoded: <c>{{ x }}</c> escapes;
/// only <see cref="TrustedHtml"/> passes <c>| raw</c> unescaped. Numbers and dates use the invariant culture.
/// </summary>
public sealed partial class TemplateSet
{
    private const int MaxLayoutDepth = 8;
    private const string Extension = ".liquid";

    private readonly ImmutableDictionary<string, Entry> _templates;
    private readonly TemplateOptions _options;
    private readonly ImmutableDictionary<string, Source> _sources;
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    private TemplateSet(ImmutableDictionary<string, Entry> templates, TemplateOptions options, ImmutableDictionary<string, Source> sources, ImmutableArray<Diagnostic> diagnostics)
    {
        _templates = templates;
        _options = options;
        _sources = sources;
        Diagnostics = diagnostics;
    }

    /// <summary>Problems found while parsing: syntax errors (RPT901), missing layouts or partials (RPT902, RPT903) and unknown filters (RPT907).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Every template, ordinal, with its <c>.liquid</c> extension.</summary>
    public ImmutableArray<string> Names => [.. _templates.Keys.Order(StringComparer.Ordinal)];

    public static TemplateSetBuilder CreateBuilder() => new();

    public bool Contains(string name) => _templates.ContainsKey(Key(name));

    /// <summary>
    /// A fingerprint of the source of <paramref name="name"/> and of every template it can reach through quoted
    /// <c>include</c>, <c>render</c> and <c>layout</c> tags (where it comes from, input/ or theme/, included).
    /// When any of them names a template with an expression, every template counts. Two renders of the same
    /// model give the same HTML as long as this is unchanged: it is the template half of a page's cache key.
    /// </summary>
    public string Fingerprint(string name) => _fingerprints.GetOrAdd(Key(name), key =>
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([key]);
        while (pending.TryPop(out var next))
        {
            if (!reached.Add(next) || !_sources.TryGetValue(next, out var source))
            {
                continue;
            }

            if (source.Computed)
            {
                reached.UnionWith(_sources.Keys);
                break;
            }

            foreach (var reference in source.References)
            {
                pending.Push(reference);
            }
        }

        return Pipeline.ModelFingerprint.Of([.. reached.Select(t => t + "\n" + (_sources.TryGetValue(t, out var source) ? source.DisplayPath + "\n" + source.Text : null))]);
    });

    /// <summary>
    /// Renders <paramref name="name"/> with <paramref name="model"/>'s properties as variables, then wraps the
    /// result in the layouts it names. Problems in templates become diagnostics; a model that throws is a bug.
    /// </summary>
    public TemplateOutcome Render(string name, object model)
    {
        var buffers = RenderBuffers.Rent();
        try
        {
            var problem = RenderInto(name, model, buffers);
            return problem is null ? new TemplateOutcome(buffers.Current.ToString(), []) : new TemplateOutcome(null, [problem]);
        }
        finally
        {
            buffers.Return();
        }
    }

    /// <summary>The page <see cref="Render"/> gives, as UTF-8 without a byte-order mark, made without the page as a string.</summary>
    public TemplateBytes RenderUtf8(string name, object model)
    {
        var buffers = RenderBuffers.Rent();
        try
        {
            var problem = RenderInto(name, model, buffers);
            return problem is null
                ? new TemplateBytes(ImmutableCollectionsMarshal.AsImmutableArray(buffers.Utf8()), [])
                : new TemplateBytes(null, [problem]);
        }
        finally
        {
            buffers.Return();
        }
    }

    /// <summary>Renders into <paramref name="buffers"/>' current builder; the problem, when a template has one.</summary>
    private Diagnostic? RenderInto(string name, object model, RenderBuffers buffers)
    {
        if (!_templates.TryGetValue(Key(name), out var entry))
        {
            return TemplateErrors.TemplateNotFound(name);
        }

        var context = new TemplateContext(model, _options, allowModelMembers: true);
        var current = entry;
        try
        {
            Write(current.Template, context, buffers.Current);
            for (var depth = 1; context.AmbientValues.Remove(LiquidParser.LayoutKey, out var layout); depth++)
            {
                if (depth > MaxLayoutDepth)
                {
                    return TemplateErrors.LayoutTooDeep(current.File.DisplayPath, MaxLayoutDepth);
                }

                if (!_templates.TryGetValue(Key((string)layout), out var next))
                {
                    return TemplateErrors.LayoutNotFound(current.File.DisplayPath, 0, 0, (string)layout);
                }

                current = next;
                context.AmbientValues[LiquidParser.BodyKey] = buffers.Current;
                Write(current.Template, context, buffers.Next());
            }

            return null;
        }
        catch (FileNotFoundException missing) when (missing.Source == FluidSource)
        {
            return TemplateErrors.PartialNotFound(current.File.DisplayPath, 0, 0, missing.Message);
        }
        catch (Exception error) when (error.Source == FluidSource)
        {
            // Thrown by Fluid itself (step or recursion limits, bad filter arguments): the template's problem.
            return TemplateErrors.RenderFailed(current.File.DisplayPath, error.Message);
        }
    }

    private static void Write(IFluidTemplate template, TemplateContext context, StringBuilder into)
    {
        // Not isolated: what a page assigns (a title, say) is visible to its layouts.
        using var writer = new StringWriter(into, CultureInfo.InvariantCulture);
        var rendering = template.RenderAsync(writer, context, HtmlText.Encoder, isolateContext: false);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The lookup key for a template name: no leading '/', with the extension.</summary>
    internal static string Key(string name)
    {
        var key = name.Replace('\\', '/').TrimStart('/');
        return key.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? key : key + Extension;
    }

    internal static TemplateSet Load(OverlayFileSystem files, TemplateOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var templates = ImmutableDictionary.CreateBuilder<string, Entry>(StringComparer.Ordinal);
        var sources = new List<(OverlayFile File, string Source)>();
        foreach (var file in files.EnumerateFiles(extension: Extension))
        {
            var source = File.ReadAllText(file.PhysicalPath);
            sources.Add((file, source));
            if (LiquidParser.Instance.TryParse(source, out var template, out var error))
            {
                templates[file.RelativePath] = new Entry(file, template);
                diagnostics.AddRange(UnknownFilters(file, source, options));
            }
            else
            {
                diagnostics.Add(SyntaxError(file, source, error));
            }
        }

        var known = templates.ToImmutable();
        var texts = ImmutableDictionary.CreateBuilder<string, Source>(StringComparer.Ordinal);
        foreach (var (file, source) in sources)
        {
            texts[file.RelativePath] = new Source(
                file.DisplayPath, source, [.. TemplateReferences.Find(source).Select(r => Key(r.Name))], TemplateReferences.HasComputedName(source));
            foreach (var (tag, name, line, column) in TemplateReferences.Find(source))
            {
                if (!files.Exists(Key(name)))
                {
                    diagnostics.Add(tag == "layout"
                        ? TemplateErrors.LayoutNotFound(file.DisplayPath, line, column, name)
                        : TemplateErrors.PartialNotFound(file.DisplayPath, line, column, name));
                }
            }
        }

        // Fluid's own cache (on by default) parses each partial once more, on first use; parse errors were reported above.
        return new TemplateSet(known, options, texts.ToImmutable(), DiagnosticSink.Sort(diagnostics));
    }

    private static IEnumerable<Diagnostic> UnknownFilters(OverlayFile file, string source, TemplateOptions options)
    {
        var known = options.Filters.Select(f => f.Key).ToArray();
        return TemplateFilters.Find(source)
            .Where(f => !options.Filters.TryGetValue(f.Name, out _))
            .Select(f => TemplateErrors.UnknownFilter(file.DisplayPath, f.Line, f.Column, f.Name, Data.Suggestions.Closest(f.Name, known)));
    }

    /// <summary>Fluid reports "message at (line:column)" followed by an excerpt; keep the message, place it in the file.</summary>
    private static Diagnostic SyntaxError(OverlayFile file, string source, string error)
    {
        var match = ParseErrorPosition().Match(error);
        return match.Success
            ? TemplateErrors.SyntaxError(file.DisplayPath, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture), match.Groups["message"].Value)
            : TemplateErrors.SyntaxError(file.DisplayPath, 1, 1, error.Split('\n')[0]);
    }

    private static readonly string FluidSource = typeof(FluidParser).Assembly.GetName().Name!;

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex ParseErrorPosition();

    private sealed record Entry(OverlayFile File, IFluidTemplate Template);

    /// <param name="References">Templates named by quoted include, render and layout tags, as lookup keys.</param>
    /// <param name="Computed">A tag names its template with an expression, so it may reach any template.</param>
    private sealed record Source(string DisplayPath, string Text, ImmutableArray<string> References, bool Computed);
}
