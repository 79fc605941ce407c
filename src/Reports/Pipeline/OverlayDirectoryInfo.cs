using Microsoft.Extensions.FileProviders;

namespace Reports.Pipeline;

/// <summary>A folder entry in a merged directory listing.</summary>
internal sealed class OverlayDirectoryInfo(string name) : IFileInfo
{
    public bool Exists => true;

    public long Length => -1;

    public string? PhysicalPath => null;

    public string Name => name;

    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

    public bool IsDirectory => true;

    public Stream CreateReadStream() => throw new InvalidOperationException($"'{name}' is a folder.");
}
