namespace Reports.Archive;

/// <summary>One file of a published snapshot as its manifest records it.</summary>
/// <param name="Path">Relative to the snapshot folder, '/'-separated: <c>index.html</c>, <c>assets/site.css</c>.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, 64 lower-case hex digits.</param>
public sealed record ArchiveFile(string Path, long Size, string Sha256);
