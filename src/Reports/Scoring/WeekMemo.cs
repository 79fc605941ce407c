using System.Runtime.CompilerServices;

namespace Reports.Scoring;

/// <summary>
/// Something a session computes per week from the week's evaluated result, the data's shared inputs and a few
/// other inputs, remembered by the result's reference. A rebuild's evaluation hands back the very same
/// <see cref="WeekResult"/> only when nothing it was computed from changed, shared inputs included (see
/// <c>ReusableWeeks</c>); so the value is taken back when the other inputs are equal too, and computed
/// again otherwise. Results no longer in any report are dropped with them. Thread-safe.
/// </summary>
public sealed class WeekMemo<TValue>
{
    private readonly ConditionalWeakTable<WeekResult, Entry> _entries = [];

    /// <param name="inputs">Everything else the value is made from, compared with <see cref="object.Equals(object, object)"/>.</param>
    public TValue Get(WeekResult week, object? inputs, Func<TValue> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_entries.TryGetValue(week, out var entry) && Equals(entry.Inputs, inputs))
        {
            return entry.Value;
        }

        var value = compute();
        _entries.AddOrUpdate(week, new Entry(inputs, value));
        return value;
    }

    private sealed record Entry(object? Inputs, TValue Value);
}
