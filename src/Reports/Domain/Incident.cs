namespace Reports.Domain;

/// <summary>An incident (a row of <c>incidents.csv</c>). Dates are UTC calendar dates. Summary is Markdown.</summary>
public sealed record Incident(
    string Id,
    Severity Severity,
    string Pillar,
    string Title,
    DateOnly Opened,
    DateOnly? Resolved,
    string Summary,
    string? Link)
{
    /// <summary>A short slug naming what kind of failure it was (<c>bootstrap-deadlock</c>); repeats are counted by it.</summary>
    public string? Class { get; init; }

    /// <summary>Who answers for it (free text); null when the data names no one.</summary>
    public string? Owner { get; init; }

    /// <summary>Open on day D when opened ≤ D and (unresolved or resolved &gt; D): resolving on D closes it on D.</summary>
    public bool IsOpenOn(DateOnly day) => Opened <= day && (Resolved is null || Resolved > day);

    /// <summary>Open on some day from <paramref name="first"/> through <paramref name="last"/>; one resolved the day it opened never was.</summary>
    public bool IsOpenBetween(DateOnly first, DateOnly last)
    {
        var day = Opened > first ? Opened : first;
        return day <= last && IsOpenOn(day);
    }
}
