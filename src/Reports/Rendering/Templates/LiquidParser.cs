using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Reports.Rendering.Templates;

/// <summary>
/// The one Fluid parser, with two tags for layouts: <c>{% layout 'layouts/base' %}</c> in a page names the
/// layout to wrap it in, and <c>{% renderbody %}</c> in the layout writes the page's HTML there.
/// A parser is thread-safe once configured, so all template sets share it.
/// </summary>
internal static class LiquidParser
{
    public const string LayoutKey = "reports.layout";
    public const string BodyKey = "reports.body";

    public static FluidParser Instance { get; } = Create();

    private static FluidParser Create()
    {
        var parser = new FluidParser();
        parser.RegisterExpressionTag("layout", async (expression, writer, encoder, context) =>
        {
            var name = await expression.EvaluateAsync(context).ConfigureAwait(false);
            context.AmbientValues[LayoutKey] = name.ToStringValue();
            return Completion.Normal;
        });
        parser.RegisterEmptyTag("renderbody", (writer, encoder, context) =>
        {
            // Already HTML: rendered (and encoded) by the page template.
            if (context.AmbientValues.TryGetValue(BodyKey, out var body))
            {
                writer.Write((System.Text.StringBuilder)body);
            }

            return Statement.Normal();
        });
        return parser;
    }

    /// <summary>Values Fluid would otherwise show culture-dependently or as numbers.</summary>
    public static object? ConvertValue(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Enum member => member.ToString(),
        _ => null,
    };

    /// <summary>The <c>raw</c> filter: unescaped only for <see cref="TrustedHtml"/>, encoded as usual for anything else.</summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input.ToObjectValue() is TrustedHtml html
            ? new ValueTask<FluidValue>(StringValue.Create(html.Value, false))
            : new ValueTask<FluidValue>(input);
}
