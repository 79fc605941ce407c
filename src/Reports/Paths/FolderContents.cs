using System.Collections.Immutable;

namespace Reports.Paths;

/// <summary>What <see cref="FolderWalk"/> found; every list is in ordinal order of its '/'-separated relative paths.</summary>
/// <param name="Folders">Real folders (never links), relative to the walked folder.</param>
/// <param name="LinksLeaving">Symbolic links that lead outside the walked folder (or loop): an error wherever the folder is read.</param>
public sealed record FolderContents(ImmutableArray<WalkedFile> Files, ImmutableArray<string> Folders, ImmutableArray<string> LinksLeaving)
{
    public static FolderContents Empty { get; } = new([], [], []);
}
