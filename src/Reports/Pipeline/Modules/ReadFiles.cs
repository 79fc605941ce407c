using System.Collections.Immutable;

namespace Reports.Pipeline.Modules;

/// <summary>
/// Adds one text document per overlay file under <paramref name="folder"/> ending in <paramref name="extension"/>,
/// in ordinal path order; <see cref="Document.Source"/> is the file's display path, and
/// <see cref="DocumentKeys.File"/> the file itself. No destination: a later step decides where it goes.
/// </summary>
public sealed class ReadFiles(string folder, string? extension = null) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = context.Files.EnumerateFiles(folder, extension);
        var read = OrderedParallel.Map(files.Length, context.CancellationToken, i =>
            Document.FromText(File.ReadAllText(files[i].PhysicalPath), source: files[i].DisplayPath)
                .With(DocumentKeys.File, files[i]));
        return inputs.AddRange(read);
    }
}
