using System.Collections.Immutable;
using System.Security.Cryptography;
using Reports.Archive;
using Reports.Diagnostics;
using Reports.Pipeline;
using Reports.Site.Outputs;

namespace Reports.Site.Modules;

/// <summary>
/// Publishes <c>data/archive/</c>: verifies every snapshot against its manifest (a tampered archive stops the
/// build, as invalid data does), copies each snapshot byte for byte to <c>archive/YYYY-MM-DD/</c>, adds its
/// <c>.zip</c>, and sets each one against today's data to find restated weeks.
/// </summary>
public sealed class PublishArchive(string dataDirectory, string dataPipeline) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verified = ArchiveVerifier.Verify(dataDirectory);
        context.Diagnostics.AddRange(verified);
        if (verified.Any(d => d.IsError))
        {
            return inputs;
        }

        var report = context.Single(dataPipeline, SiteKeys.Report);
        var documents = new List<Document>();
        var published = new List<PublishedSnapshot>();
        var diagnostics = new List<Diagnostic>();
        foreach (var snapshot in ArchiveReader.List(dataDirectory))
        {
            var files = SnapshotFiles.List(snapshot.Folder)
                .Append(ArchiveLayout.ManifestFileName)
                .Select(path => new KeyValuePair<string, byte[]>(path, File.ReadAllBytes(Path.Combine(snapshot.Folder, path))))
                .ToArray();
            var folder = ArchivePaths.Folder(snapshot.WeekOf);
            documents.AddRange(files.Select(f => Document.FromBytes([.. f.Value], folder + f.Key, snapshot.Folder + "/" + f.Key)));
            var zip = SnapshotZip.Create(snapshot.WeekOf, files);
            documents.Add(Document.FromBytes([.. zip], ArchivePaths.Zip(snapshot.WeekOf)));

            var manifest = files.Single(f => f.Key == ArchiveLayout.ManifestFileName).Value;
            var restatement = Restatements.Find(snapshot, report, diagnostics);
            published.Add(new PublishedSnapshot(restatement, Convert.ToHexStringLower(SHA256.HashData(manifest)), zip.Length)
            {
                Published = ArchivedReport.Read(snapshot, report.Data),
            });
        }

        context.Diagnostics.AddRange(diagnostics);
        documents.Add(Document.Compute().With(SiteKeys.Archive, new PublishedArchive(published)));
        return inputs.AddRange(documents);
    }
}
