using System.Collections.Immutable;
using System.Globalization;
using Reports.Pipeline;
using Reports.Site.Outputs;
using Reports.Site.Views;

namespace Reports.Site.Modules;

/// <summary>
/// Adds every page of a long table (incidents, findings) where <see cref="RowPages"/> puts them, each with its model, the
/// page before and after for <c>rel="prev"</c>/<c>rel="next"</c>, and, past the first, its number in the title.
/// </summary>
public sealed class CreateTablePages(
    string sitePipeline, Func<ViewModelFactory, RowPages> table, string template, string section, SiteUrls urls, Func<ViewModelFactory, int, PageContent> content) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Single(sitePipeline, SiteKeys.Views);
        var pages = table(views);
        return inputs.AddRange(Enumerable.Range(1, pages.Count).Select(n =>
        {
            var page = content(views, n);
            if (n > 1)
            {
                var of = ", page " + n.ToString(CultureInfo.InvariantCulture) + " of " + pages.Count.ToString(CultureInfo.InvariantCulture);
                page = page with { Title = page.Title + of, Description = page.Description.TrimEnd('.') + of + "." };
            }

            var document = CreatePage.Describe(Document.Compute(), pages.PageUrl(n), template, section, urls, page);
            return document.With(SiteKeys.Page, document.Get(SiteKeys.Page) with
            {
                Previous = n > 1 ? pages.PageUrl(n - 1) : null,
                Next = n < pages.Count ? pages.PageUrl(n + 1) : null,
            });
        }));
    }
}
