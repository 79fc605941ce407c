namespace Reports.Data.Values;

/// <summary>What a date or timestamp cell turned out to be.</summary>
internal enum DateShape
{
    /// <summary>Not a date or timestamp at all.</summary>
    Invalid,

    /// <summary>A real date, or a timestamp with Z or an offset.</summary>
    Valid,

    /// <summary>Shaped like a date, but not one on the calendar (2026-02-30).</summary>
    Impossible,

    /// <summary>A timestamp without Z or an offset.</summary>
    NoOffset,
}
