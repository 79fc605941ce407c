namespace Reports.Domain;

/// <summary>A week's phase decision.</summary>
public enum Decision
{
    Stay,
    Advance,
    Freeze,
}
