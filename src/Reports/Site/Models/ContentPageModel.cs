using Reports.Rendering.Templates;

namespace Reports.Site.Models;

/// <summary>A page written in Markdown under input/ (About …): its title and its body as safe HTML.</summary>
public sealed record ContentPageModel(string Title, TrustedHtml BodyHtml);
