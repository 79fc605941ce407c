namespace Reports.Domain;

/// <summary>Finding priority; P0 is the most urgent.</summary>
public enum Priority
{
    P0 = 0,
    P1 = 1,
    P2 = 2,
    P3 = 3,
}
