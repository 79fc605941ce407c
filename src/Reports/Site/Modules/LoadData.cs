using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Reports.Data;
using Reports.Paths;
using Reports.Pipeline;

namespace Reports.Site.Modules;

/// <summary>Loads and validates the data folder; every problem found becomes a diagnostic and stops the build.</summary>
public sealed class LoadData(string dataDirectory) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var loaded = DataFolderLoader.Load(dataDirectory);
        context.Diagnostics.AddRange(loaded.Diagnostics);
        return loaded.Succeeded && loaded.Value is { } data
            ? inputs.Add(Document.Compute().With(SiteKeys.Data, data))
            : inputs;
    }

    /// <summary>
    /// The whole of what a load reads, hashed: the names of everything at the top of the folder and the bytes of
    /// its CSV files. Null when the folder cannot be read.
    /// </summary>
    public static string? InputKey(string dataDirectory)
    {
        try
        {
            var hash = new XxHash128();
            foreach (var entry in Directory.EnumerateFileSystemEntries(dataDirectory).Order(StringComparer.Ordinal))
            {
                hash.Append(Encoding.UTF8.GetBytes(Path.GetFileName(entry) + "\0"));
                // A link out of the folder is not read here either: the loader reports it.
                if (File.Exists(entry) && entry.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && ContainedPath.StaysInside(dataDirectory, entry))
                {
                    var bytes = File.ReadAllBytes(entry);
                    hash.Append(BitConverter.GetBytes(bytes.LongLength));
                    hash.Append(bytes);
                }
            }

            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
