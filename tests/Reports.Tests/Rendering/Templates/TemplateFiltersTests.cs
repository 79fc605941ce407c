using Reports.Pipeline;
using Reports.Rendering.Templates;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Templates;

/// <summary>A filter Fluid does not know would pass its value through unchanged: it is an error where it is written.</summary>
public sealed class TemplateFiltersTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private TemplateSet Templates() => TemplateSet.CreateBuilder()
        .AddFilter("shout", (input, _, _) => new ValueTask<Fluid.Values.FluidValue>(input))
        .Build(new OverlayFileSystem(new FileLayer("input", _site.PathOf("input")), new FileLayer("theme", _site.PathOf("theme"))));

    [Fact]
    public void Should_report_an_unknown_filter_at_its_line_and_column_with_the_closest_known_one()
    {
        _site.Write("theme/page.liquid", "<h1>{{ title }}</h1>\n{% assign n = items | siz %}\n<p>{{ title | upcase | dwoncase }}</p>");

        var diagnostics = Templates().Diagnostics;

        Assert.Equal(
            [
                "theme/page.liquid(2,23): error RPT907: unknown filter 'siz' (hint: did you mean 'size'?)",
                "theme/page.liquid(3,24): error RPT907: unknown filter 'dwoncase' (hint: did you mean 'downcase'?)",
            ],
            diagnostics.Select(d => d.ToString().Replace(_site.Root + "/", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_accept_liquid_filters_added_filters_and_bars_in_strings_comments_and_raw_blocks()
    {
        _site.Write("theme/page.liquid", """
            {{ title | upcase | shout | raw }} {{ "a | nonsense" | append: 'b|c' }}
            {% comment %}{{ x | nonsense }}{% endcomment %}{% raw %}{{ y | nonsense }}{% endraw %}
            {{ items | map: "name" | join: ", " | default: "none" }}
            """);

        Assert.Empty(Templates().Diagnostics);
    }
}
