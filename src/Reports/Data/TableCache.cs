namespace Reports.Data;

/// <summary>
/// Tables a session parsed before, by file: a load takes a table back when its file holds the same bytes and what
/// its rows were checked against (the ids and weeks of other files) is the same, so an edited score row parses
/// scores.csv again and not the incidents. Only tables read without any diagnostic are kept, so a load reports
/// every problem a fresh one would. The caller names the bytes of each file (<see cref="Begin"/>), and keeps what
/// a load read only once it knows those were the bytes read (<see cref="Keep"/>). Builds run one at a time.
/// </summary>
public sealed class TableCache
{
    private readonly Lock _gate = new();
    private Dictionary<string, object> _kept = new(StringComparer.Ordinal);
    private Dictionary<string, object> _read = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _hashes = new Dictionary<string, string>();

    /// <summary>Starts a load of files with these contents: file name → hash of its bytes.</summary>
    public void Begin(IReadOnlyDictionary<string, string> hashes)
    {
        lock (_gate)
        {
            _hashes = hashes;
            _read = new Dictionary<string, object>(StringComparer.Ordinal);
        }
    }

    /// <summary>After a load whose files did not change while it read them: keep the tables it read, and only those.</summary>
    public void Keep()
    {
        lock (_gate)
        {
            _kept = _read;
        }
    }

    internal bool TryGet<T>(string file, string against, out T table)
    {
        lock (_gate)
        {
            if (Key(file, against) is { } key && _kept.TryGetValue(key, out var kept) && kept is T known)
            {
                _read[key] = kept;
                table = known;
                return true;
            }
        }

        table = default!;
        return false;
    }

    internal void Add(string file, string against, object table)
    {
        lock (_gate)
        {
            if (Key(file, against) is { } key)
            {
                _read[key] = table;
            }
        }
    }

    private string? Key(string file, string against) =>
        _hashes.TryGetValue(file, out var hash) ? file + "\n" + hash + "\n" + against : null;
}
