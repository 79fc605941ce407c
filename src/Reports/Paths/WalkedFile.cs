namespace Reports.Paths;

/// <summary>A file <see cref="FolderWalk"/> listed.</summary>
/// <param name="RelativePath">'/'-separated, relative to the walked folder.</param>
/// <param name="PhysicalPath">Where its bytes are: the file itself, or for a link the file it resolves to (inside the folder).</param>
public sealed record WalkedFile(string RelativePath, string PhysicalPath);
