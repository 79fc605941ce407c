namespace Reports.Data.Values;

/// <summary>
/// An incident's opened or resolved value: a date, or a timestamp with an offset. It counts on its UTC calendar
/// date; two timestamps are ordered by their instants, anything else by dates.
/// </summary>
internal readonly record struct Moment(DateOnly UtcDate, DateTimeOffset? Instant)
{
    public bool IsBefore(Moment other) =>
        Instant is { } mine && other.Instant is { } theirs ? mine < theirs : UtcDate < other.UtcDate;
}
