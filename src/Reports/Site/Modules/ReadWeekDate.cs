using System.Collections.Immutable;
using System.Globalization;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Reads each narrative's week from its file name (<c>2026-02-18.md</c>); a name that is not a date is an error.</summary>
public sealed class ReadWeekDate : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var dated = new List<Document>();
        foreach (var document in inputs)
        {
            var file = document.Get(DocumentKeys.File);
            var name = Path.GetFileNameWithoutExtension(file.RelativePath);
            if (DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week))
            {
                dated.Add(document.With(SiteKeys.Week, week));
            }
            else
            {
                context.Diagnostics.Add(SiteErrors.NarrativeName(file.DisplayPath));
            }
        }

        return [.. dated];
    }
}
