namespace Reports.Domain;

/// <summary>Incident severity; Sev-1 is the worst.</summary>
public enum Severity
{
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
    Sev4 = 4,
}
