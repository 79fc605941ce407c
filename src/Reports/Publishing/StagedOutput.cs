using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Reports.Preview;

namespace Reports.Publishing;

/// <summary>
/// A publish in progress (<see cref="OutputWriter.Begin"/>): each file is compared with the output folder as it comes
/// (<see cref="Add"/>, thread-safe) and, when new or changed, written to the staging folder at once, so its bytes need
/// not be kept. Nothing in the output folder changes before <see cref="Commit"/>; disposing without committing (a
/// failed build) removes the staging folder and leaves the output as it was.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string _outputFolder;
    private readonly string _output;
    private readonly string _staging;
    private readonly HashSet<string> _existing;
    private readonly IReadOnlyCollection<string> _paths;
    private readonly PublishedFiles? _published;
    private readonly bool _fresh;
    private readonly ConcurrentBag<(string Path, string Staged)> _changed = [];
    private readonly ConcurrentDictionary<string, ImmutableArray<byte>>? _bytes;
    private Exception? _failure;
    private int _count;
    private bool _done;

    internal StagedOutput(string outputFolder, string output, string staging, HashSet<string> existing, IReadOnlyCollection<string> paths, PublishedFiles? published)
    {
        (_outputFolder, _output, _staging, _existing, _paths, _published) = (outputFolder, output, staging, existing, paths, published);
        // A new output folder is staged whole and renamed into place in one step: the site appears whole or not at all.
        _fresh = !Directory.Exists(output);
        _bytes = published is null ? null : new(StringComparer.Ordinal);
    }

    /// <summary>Stages <paramref name="path"/> (one of the paths given to <see cref="OutputWriter.Begin"/>) unless the output already holds these bytes.</summary>
    public void Add(string path, ImmutableArray<byte> bytes)
    {
        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            if (_bytes is not null)
            {
                _bytes[path] = bytes;
            }

            if (_fresh)
            {
                var target = OutputWriter.PathIn(_staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes.AsSpan());
                _changed.Add((path, target));
            }
            else if (!_existing.Contains(path) || !OutputWriter.Unchanged(new FileInfo(OutputWriter.PathIn(_output, path)), _output, path, bytes, _published))
            {
                // Staged side by side, not in a copy of the site's folders: on a slow file system, creating and then
                // deleting a thousand folders per rebuild cost more than writing the files.
                var staged = Path.Combine(_staging, Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture));
                File.WriteAllBytes(staged, bytes.AsSpan());
                _changed.Add((path, staged));
            }
        }
        catch (Exception error) when (OutputWriter.WriteError(error) is not null)
        {
            Interlocked.CompareExchange(ref _failure, error, null);
        }
    }

    /// <summary>
    /// Stages <paramref name="path"/> from what <paramref name="write"/> writes, straight into the staged file, so a large
    /// file is never held: it is kept only when the output does not already hold the same bytes.
    /// </summary>
    public void AddStreamed(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (_bytes is not null)
        {
            // A session remembers each file's bytes; it holds them anyway.
            using var memory = new MemoryStream();
            write(memory);
            Add(path, ImmutableCollectionsMarshal.AsImmutableArray(memory.ToArray()));
            return;
        }

        if (Volatile.Read(ref _failure) is not null)
        {
            return;
        }

        try
        {
            var staged = _fresh
                ? OutputWriter.PathIn(_staging, path)
                : Path.Combine(_staging, Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            using (var file = new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(file);
            }

            if (!_fresh && _existing.Contains(path) && OutputWriter.SameFiles(OutputWriter.PathIn(_output, path), staged))
            {
                File.Delete(staged);
                return;
            }

            _changed.Add((path, staged));
        }
        catch (Exception error) when (OutputWriter.WriteError(error) is not null)
        {
            Interlocked.CompareExchange(ref _failure, error, null);
        }
    }

    /// <summary>Moves the staged files into place and removes the files no longer produced; undone as far as it went when a write fails.</summary>
    public PublishResult Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _done = true;
        var undo = new ConcurrentStack<Action>();
        var touched = false;
        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            var changed = _changed.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
            var produced = _paths as IReadOnlySet<string> ?? _paths.ToHashSet(StringComparer.Ordinal);
            var stale = _existing.Where(p => !produced.Contains(p)).Order(StringComparer.Ordinal).ToList();
            if (_fresh)
            {
                Directory.Move(_staging, _output);
            }
            else
            {
                touched = true;
                OutputWriter.Apply(_output, _staging, changed, stale, undo);
                // What is left in staging are the old copies of replaced and removed files.
                Directory.Delete(_staging, recursive: true);
            }

            _published?.Record(_output, _bytes!, [.. changed.Select(c => c.Path)], path => OutputWriter.PathIn(_output, path));
            return new PublishResult(changed.Count, _paths.Count - changed.Count, stale.Count, [])
            {
                WrittenPaths = [.. changed.Select(c => c.Path)],
                RemovedPaths = [.. stale],
            };
        }
        catch (Exception error) when (OutputWriter.WriteError(error) is { } cause)
        {
            _published?.Forget();
            var restored = !touched || OutputWriter.Undo(undo);
            OutputWriter.TryDelete(_staging);
            return PublishResult.Refused(PublishingErrors.WriteFailed(_outputFolder, cause.Message, !restored));
        }
    }

    /// <summary>Without a <see cref="Commit"/>: removes the staging folder; the output folder is untouched.</summary>
    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            OutputWriter.TryDelete(_staging);
        }
    }
}
