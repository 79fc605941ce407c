using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Reports.Domain;
using Reports.Pipeline;
using Reports.Rendering.Markdown;
using Reports.Rendering.Templates;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Rendering.Templates;

public sealed class TemplateSetTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private sealed record Page(string Title, TrustedHtml Body, string Note);

    private sealed record Lists(ImmutableArray<string> Gates, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<Week> Weeks);

    private sealed record Week(DateOnly WeekOf, decimal Total, GateStatus Status, DateTimeOffset Opened, double Ratio);

    private TemplateSet Templates() => TemplateSet.CreateBuilder()
        .Allow<Page>()
        .Allow<Week>()
        .Allow<Lists>()
        .Build(new OverlayFileSystem(new FileLayer("input", _site.PathOf("input")), new FileLayer("theme", _site.PathOf("theme"))));

    private string Render(string name, object model)
    {
        var templates = Templates();
        Assert.Empty(templates.Diagnostics);
        var outcome = templates.Render(name, model);
        Assert.Empty(outcome.Diagnostics);
        return outcome.Html!;
    }

    [Fact]
    public void Should_html_encode_values_by_default()
    {
        _site.Write("theme/page.liquid", "<h1 title=\"{{ title }}\">{{ title }}</h1>");
        const string hostile = "<script>alert(\"x\")</script> & 'q' \" onmouseover=\"x";

        var html = Render("page", new Page(hostile, TrustedHtml.Empty, ""));
        var heading = new HtmlParser().ParseDocument(html).QuerySelector("h1")!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hostile, heading.TextContent);
        Assert.Equal(hostile, heading.GetAttribute("title"));
        Assert.Single(heading.Attributes);
    }

    [Fact]
    public void Should_write_only_trusted_html_unescaped_under_raw()
    {
        _site.Write("theme/page.liquid", "{{ body | raw }}|{{ note | raw }}|{{ body }}");

        var html = Render("page", new Page("", new TrustedHtml("<em>ok</em>"), "<b>no</b>"));

        Assert.Equal("<em>ok</em>|&lt;b&gt;no&lt;/b&gt;|&lt;em&gt;ok&lt;/em&gt;", html);
    }

    [Fact]
    public void Should_keep_non_ascii_letters_readable()
    {
        _site.Write("theme/page.liquid", "{{ title }}");

        Assert.Equal("Übersicht – café", Render("page", new Page("Übersicht – café", TrustedHtml.Empty, "")));
    }

    [Fact]
    public void Should_format_numbers_and_dates_the_same_under_any_culture()
    {
        _site.Write("theme/week.liquid", "{{ week_of }}|{{ total }}|{{ ratio }}|{{ status }}|{{ opened | date: '%d %B %Y %H:%M' }}|{{ total | plus: 1000 }}|{{ total | plus: 1000 | format_number: '#,##0.00' }}");
        var week = new Week(new DateOnly(2026, 2, 18), 46.25m, GateStatus.NotApplicable, new DateTimeOffset(2026, 2, 17, 23, 30, 0, TimeSpan.FromHours(-8)), 0.5);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = Render("week", week);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var turkish = Render("week", week);

            Assert.Equal("2026-02-18|46.25|0.5|NotApplicable|17 February 2026 23:30|1046.25|1,046.25", german);
            Assert.Equal(german, turkish);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Should_let_templates_loop_over_lists_and_read_dictionaries()
    {
        _site.Write("theme/lists.liquid", "{% for g in gates %}{{ g }},{% endfor %}|{{ fields.owner }}|{% for w in weeks %}{{ w.total | format_number: '0.00' }};{% endfor %}|{{ gates.size }}");
        var fields = FrontMatter.Parse("---\nowner: steph\n---\n", "x.md").FrontMatter.Fields;
        var weeks = new[] { new Week(new DateOnly(2026, 2, 17), 46.25m, GateStatus.Fail, DateTimeOffset.UnixEpoch, 0), new Week(new DateOnly(2026, 2, 18), 55.00m, GateStatus.Pass, DateTimeOffset.UnixEpoch, 0) };

        var html = Render("lists", new Lists(["G1", "G2"], fields, weeks));

        Assert.Equal("G1,G2,|steph|46.25;55.00;|2", html);
    }

    [Fact]
    public void Should_report_a_syntax_error_with_file_line_and_column()
    {
        _site.Write("theme/layouts/week.liquid", "<main>\n  {% if total %}\n  {{ total | }}\n  {% endif %}\n</main>");

        var diagnostic = Assert.Single(Templates().Diagnostics);

        Assert.Equal(TemplateErrors.SyntaxErrorCode, diagnostic.Code);
        Assert.Equal(("theme/layouts/week.liquid", 3, 13), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("theme/layouts/week.liquid(3,13): error RPT901: template syntax: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unknown_tag_in_an_input_override_at_its_position()
    {
        _site.Write("theme/page.liquid", "fine").Write("input/page.liquid", "x\n\n   {% bogus %}");

        var diagnostic = Assert.Single(Templates().Diagnostics);

        Assert.Equal(("input/page.liquid", 3, 12), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_report_a_missing_partial_or_layout_where_it_is_named()
    {
        _site.Write("theme/page.liquid", "{% layout 'layouts/none' %}\n<p>\n  {% include 'partials/nav' %}{% render \"partials/gone\" %}\n{% comment %}{% include 'partials/ignored' %}{% endcomment %}");

        var diagnostics = Templates().Diagnostics;

        Assert.Equal(
            [
                "theme/page.liquid(1,12): error RPT902: layout 'layouts/none' not found",
                "theme/page.liquid(3,15): error RPT903: partial 'partials/nav' not found",
                "theme/page.liquid(3,42): error RPT903: partial 'partials/gone' not found",
            ],
            diagnostics.Select(d => d.ToString().Split(" (hint:")[0]));
    }

    [Fact]
    public void Should_wrap_a_page_in_its_layouts_and_share_assigned_variables()
    {
        _site.Write("theme/layouts/base.liquid", "<html><title>{{ page_title }}</title>{% renderbody %}</html>")
            .Write("theme/layouts/article.liquid", "{% layout 'layouts/base' %}<article>{% renderbody %}</article>")
            .Write("theme/partials/note.liquid", "<aside>{{ note }}</aside>")
            .Write("theme/week.liquid", "{% layout 'layouts/article' %}{% assign page_title = title | append: ' · Reports' %}<h1>{{ title }}</h1>{% include 'partials/note' %}");

        var html = Render("week", new Page("Week <2>", TrustedHtml.Empty, "a & b"));

        Assert.Equal("<html><title>Week &lt;2&gt; · Reports</title><article><h1>Week &lt;2&gt;</h1><aside>a &amp; b</aside></article></html>", html);
    }

    [Fact]
    public void Should_prefer_an_input_template_over_the_theme_one()
    {
        _site.Write("theme/partials/footer.liquid", "theme footer").Write("input/partials/footer.liquid", "my footer")
            .Write("theme/page.liquid", "{% include 'partials/footer' %}");

        Assert.Equal("my footer", Render("page", new Page("", TrustedHtml.Empty, "")));
    }

    [Fact]
    public void Should_report_a_template_that_does_not_exist()
    {
        var outcome = Templates().Render("layouts/week", new Page("", TrustedHtml.Empty, ""));

        Assert.Null(outcome.Html);
        Assert.Equal(TemplateErrors.TemplateNotFoundCode, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Should_report_a_partial_named_by_a_variable_that_does_not_exist()
    {
        _site.Write("theme/page.liquid", "{% include note %}");

        var outcome = Templates().Render("page", new Page("", TrustedHtml.Empty, "partials/missing"));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal((TemplateErrors.PartialNotFoundCode, "theme/page.liquid"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("partials/missing", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_layout_that_wraps_itself()
    {
        _site.Write("theme/layouts/loop.liquid", "{% layout 'layouts/loop' %}{% renderbody %}").Write("theme/page.liquid", "{% layout 'layouts/loop' %}x");

        var outcome = Templates().Render("page", new Page("", TrustedHtml.Empty, ""));

        Assert.Equal(TemplateErrors.LayoutTooDeepCode, Assert.Single(outcome.Diagnostics).Code);
    }

    [Fact]
    public void Should_report_a_partial_that_includes_itself_instead_of_crashing()
    {
        _site.Write("theme/partials/self.liquid", "{% include 'partials/self' %}").Write("theme/page.liquid", "{% include 'partials/self' %}");

        var outcome = Templates().Render("page", new Page("", TrustedHtml.Empty, ""));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(TemplateErrors.RenderFailedCode, diagnostic.Code);
    }

    [Fact]
    public void Should_render_the_same_page_from_many_threads()
    {
        _site.Write("theme/partials/row.liquid", "<li>{{ title }}</li>").Write("theme/page.liquid", "<ul>{% include 'partials/row' %}</ul>");
        var templates = Templates();

        var pages = Enumerable.Range(0, 520).AsParallel().AsOrdered()
            .Select(i => templates.Render("page", new Page($"Week {i}", TrustedHtml.Empty, "")).Html)
            .ToList();

        Assert.Equal(Enumerable.Range(0, 520).Select(i => $"<ul><li>Week {i}</li></ul>"), pages);
    }

    [Fact]
    public void Should_give_as_utf8_bytes_exactly_the_page_it_renders_as_text()
    {
        _site.Write("theme/layouts/base.liquid", "<main>{% renderbody %}</main>")
            .Write("theme/page.liquid", "{% layout 'layouts/base' %}{{ note }}{{ body | raw }}<p>{{ title }}</p>");
        var templates = Templates();
        // Emoji are surrogate pairs; after prefixes of every length, some pair straddles two of a new builder's chunks.
        var body = new TrustedHtml(string.Concat(Enumerable.Repeat("😀ü€", 3000)));
        var pages = Enumerable.Range(0, 8).Select(i => new Page("Wöche 😀 <1>", body, new string('x', i))).ToList();

        var rendered = pages.Select(page => (Bytes: OnNewThread(() => templates.RenderUtf8("page", page)), Text: templates.Render("page", page).Html!)).ToList();

        Assert.All(rendered, r => Assert.Empty(r.Bytes.Diagnostics));
        Assert.All(rendered, r => Assert.Equal(Encoding.UTF8.GetBytes(r.Text), r.Bytes.Utf8!.Value.ToArray()));
        Assert.StartsWith("<main>xxxxxxx😀ü€", rendered[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_no_bytes_and_the_problem_for_a_page_that_fails()
    {
        _site.Write("theme/page.liquid", "{% layout 'layouts/missing' %}x");

        var outcome = Templates().RenderUtf8("page", new Page("", TrustedHtml.Empty, ""));

        Assert.Null(outcome.Utf8);
        Assert.Equal(TemplateErrors.LayoutNotFoundCode, Assert.Single(outcome.Diagnostics).Code);
    }

    /// <summary>Runs on a thread of its own, so it renders into new buffers.</summary>
    private static T OnNewThread<T>(Func<T> work)
    {
        var result = default(T);
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result!;
    }
}
