using Microsoft.Extensions.FileProviders;

namespace Reports.Pipeline;

/// <summary>
/// Fluid's view of one <see cref="OverlayFile"/>. Size and time are read from disk once: Fluid asks for the time
/// at every include of every page, and one build's overlay is a snapshot anyway.
/// </summary>
internal sealed class OverlayFileInfo(OverlayFile file) : IFileInfo
{
    private readonly Lazy<FileInfo> _disk = new(() => new FileInfo(file.PhysicalPath), LazyThreadSafetyMode.PublicationOnly);

    public bool Exists => true;

    public long Length => _disk.Value.Length;

    public string PhysicalPath => file.PhysicalPath;

    public string Name => file.RelativePath[(file.RelativePath.LastIndexOf('/') + 1)..];

    public DateTimeOffset LastModified => _disk.Value.LastWriteTimeUtc;

    public bool IsDirectory => false;

    public Stream CreateReadStream() => File.OpenRead(file.PhysicalPath);
}
