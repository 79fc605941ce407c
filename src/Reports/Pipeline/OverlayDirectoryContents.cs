using System.Collections;
using System.Collections.Immutable;
using Microsoft.Extensions.FileProviders;

namespace Reports.Pipeline;

/// <summary>A merged, ordinal-ordered directory listing.</summary>
internal sealed class OverlayDirectoryContents(ImmutableArray<IFileInfo> entries) : IDirectoryContents
{
    public bool Exists => true;

    public IEnumerator<IFileInfo> GetEnumerator() => ((IEnumerable<IFileInfo>)entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
