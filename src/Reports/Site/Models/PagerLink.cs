namespace Reports.Site.Models;

/// <summary>One page number of a <see cref="Pager"/>; <see cref="AfterGap"/> when pages between it and the one before are not listed.</summary>
public sealed record PagerLink(string Number, string Href, bool IsCurrent, bool AfterGap);
