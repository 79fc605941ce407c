namespace Reports.Scoring;

/// <summary>
/// Which items (incidents, findings) are open on each of a rising sequence of days, in their original order,
/// without scanning every item for every week: items join when they open and leave when they close, so ten
/// years of weekly data cost O(items + open items per week) instead of O(weeks × items).
/// </summary>
/// <remarks>Open on D means <c>opened ≤ D</c> and (<c>end</c> is null or <c>end &gt; D</c>), the contract's rule.</remarks>
internal sealed class OpenOnDay<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly Func<T, DateOnly?> _end;
    private readonly int[] _byOpened;
    private readonly DateOnly[] _opened;
    private readonly SortedSet<int> _open = [];
    private readonly PriorityQueue<int, DateOnly> _closing = new();
    private int _next;
    private DateOnly? _last;

    public OpenOnDay(IReadOnlyList<T> items, Func<T, DateOnly> opened, Func<T, DateOnly?> end)
    {
        _items = items;
        _end = end;
        _opened = [.. items.Select(opened)];
        _byOpened = [.. Enumerable.Range(0, items.Count).OrderBy(i => _opened[i]).ThenBy(i => i)];
    }

    /// <summary>The items open on <paramref name="day"/>; days must not go backwards.</summary>
    public IReadOnlyList<T> On(DateOnly day)
    {
        if (_last > day)
        {
            throw new InvalidOperationException("Days must be asked for in rising order.");
        }

        _last = day;
        for (; _next < _byOpened.Length && _opened[_byOpened[_next]] <= day; _next++)
        {
            var index = _byOpened[_next];
            _open.Add(index);
            if (_end(_items[index]) is DateOnly end)
            {
                _closing.Enqueue(index, end);
            }
        }

        while (_closing.TryPeek(out var index, out var end) && end <= day)
        {
            _closing.Dequeue();
            _open.Remove(index);
        }

        return [.. _open.Select(i => _items[i])];
    }
}
