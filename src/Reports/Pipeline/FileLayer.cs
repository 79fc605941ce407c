namespace Reports.Pipeline;

/// <summary>One folder of an <see cref="OverlayFileSystem"/>.</summary>
/// <param name="DisplayName">How diagnostics name the folder, e.g. <c>input</c> or <c>theme</c>.</param>
/// <param name="Root">The folder on disk; a missing folder is an empty layer.</param>
public sealed record FileLayer(string DisplayName, string Root);
