using System.Xml.Linq;
using Reports.Rendering.Charts;

namespace Reports.Tests.Rendering.Charts;

public sealed class SvgFinisherTests
{
    private const string Skia = """
        <?xml version="1.0" encoding="utf-8" ?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300">
        	<clipPath id="cl_8">
        		<rect x="39.083984" y="43.796875" width="345.91602" height="228.23438"/>
        	</clipPath>
        	<g clip-path="url(#cl_8)">
        		<path fill="#1F77B4" fill-opacity="0.098039217" d="M54.807442 190.99152L212.04199 58.681732L1e-05 -0.0001Z"/>
        	</g>
        	<clipPath id="cl_c"><rect x="0" y="0" width="1" height="1"/></clipPath>
        	<g clip-path="url(#cl_c)"/>
        	<text transform="translate(30.084 124.837)" font-size="12" font-family="DejaVu Sans" x="-7.6347656, 1.5, " y="2.8242188, ">
        			22
        	</text>
        </svg>
        """;

    [Fact]
    public void Should_renumber_ids_in_order_of_appearance_and_follow_references()
    {
        XElement root = Finish(Skia);

        Assert.Equal(["t-1", "t-2"], root.Descendants(Svg.Ns + "clipPath").Select(c => (string?)c.Attribute("id")));
        Assert.Equal(["url(#t-1)", "url(#t-2)"], root.Descendants(Svg.Ns + "g").Select(g => (string?)g.Attribute("clip-path")));
    }

    [Fact]
    public void Should_round_numbers_and_tidy_glyph_lists()
    {
        XElement root = Finish(Skia);

        XElement path = root.Descendants(Svg.Ns + "path").Single();
        Assert.Equal("M54.81 190.99L212.04 58.68L0 0Z", (string?)path.Attribute("d"));
        Assert.Equal("0.098", (string?)path.Attribute("fill-opacity"));
        XElement text = root.Descendants(Svg.Ns + "text").Single();
        Assert.Equal("-7.63, 1.5", (string?)text.Attribute("x"));
        Assert.Equal("2.82", (string?)text.Attribute("y"));
        Assert.Equal("22", text.Value);
        Assert.Equal(ChartFont.CssFamily, (string?)text.Attribute("font-family"));
    }

    [Fact]
    public void Should_add_title_description_and_viewbox_and_drop_the_declaration()
    {
        string svg = SvgFinisher.Finish(Skia, "t", "A <title>", "Says & shows");

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("xlink", svg, StringComparison.Ordinal);
        XElement root = XElement.Parse(svg);
        Assert.Equal("A <title>", root.Element(Svg.Ns + "title")!.Value);
        Assert.Equal("Says & shows", root.Element(Svg.Ns + "desc")!.Value);
        Assert.Equal("0 0 400 300", (string?)root.Attribute("viewBox"));
        Assert.EndsWith("</svg>\n", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<image href=\"http://example.org/x.png\"/>")]
    [InlineData("<rect onclick=\"alert(1)\"/>")]
    [InlineData("<rect fill=\"url(http://example.org/#p)\"/>")]
    [InlineData("<foreignObject/>")]
    public void Should_refuse_anything_unsafe(string element)
    {
        string svg = Skia.Replace("</svg>", element + "</svg>", StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(() => SvgFinisher.Finish(svg, "t", "T", "D"));
    }

    [Fact]
    public void Should_refuse_a_label_drawn_with_another_font()
    {
        string svg = Skia.Replace("font-family=\"DejaVu Sans\"", "font-family=\"Liberation Serif\"", StringComparison.Ordinal);

        Exception error = Assert.Throws<InvalidOperationException>(() => SvgFinisher.Finish(svg, "t", "T", "D"));
        Assert.Contains("Liberation Serif", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_reference_to_a_missing_id()
    {
        string svg = Skia.Replace("url(#cl_c)", "url(#nowhere)", StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(() => SvgFinisher.Finish(svg, "t", "T", "D"));
    }

    private static XElement Finish(string svg) => XElement.Parse(SvgFinisher.Finish(svg, "t", "T", "D"));
}
