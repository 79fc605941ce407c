using System.Collections.Immutable;

namespace Reports.Pipeline.Modules;

/// <summary>
/// Adds one byte-for-byte document per overlay file under <paramref name="folder"/>, published at the same
/// relative path (<c>assets/style.css</c> → <c>assets/style.css</c>); an input file overrides the theme's.
/// </summary>
public sealed class CopyFiles(string folder) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = context.Files.EnumerateFiles(folder);
        var copied = OrderedParallel.Map(files.Length, context.CancellationToken, i =>
            Document.FromBytes([.. File.ReadAllBytes(files[i].PhysicalPath)], files[i].RelativePath, files[i].DisplayPath)
                .With(DocumentKeys.File, files[i]));
        return inputs.AddRange(copied);
    }
}
