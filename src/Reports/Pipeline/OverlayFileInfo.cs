using Microsoft.Extensions.FileProviders;

namespace Reports.Pipeline;

/// <summary>Fluid's view of one <see cref="OverlayFile"/>.</summary>
internal sealed class OverlayFileInfo(OverlayFile file) : IFileInfo
{
    public bool Exists => true;

    public long Length => new FileInfo(file.PhysicalPath).Length;

    public string PhysicalPath => file.PhysicalPath;

    public string Name => file.RelativePath[(file.RelativePath.LastIndexOf('/') + 1)..];

    public DateTimeOffset LastModified => File.GetLastWriteTimeUtc(file.PhysicalPath);

    public bool IsDirectory => false;

    public Stream CreateReadStream() => File.OpenRead(file.PhysicalPath);
}
