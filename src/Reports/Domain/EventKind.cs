namespace Reports.Domain;

/// <summary>The kinds of operational event the plan's cadence (§9) and gate G6 name.</summary>
public enum EventKind
{
    RollbackDrill,
    ReleaseGateRehearsal,
    RedTeamSpotCheck,
    RunbookUpdate,
    Rollback,
}
