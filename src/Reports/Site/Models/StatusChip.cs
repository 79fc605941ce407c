namespace Reports.Site.Models;

/// <summary>A status shown as words plus a symbol; <see cref="Css"/> only adds colour, never meaning.</summary>
public sealed record StatusChip(string Text, string Symbol, string Css);
