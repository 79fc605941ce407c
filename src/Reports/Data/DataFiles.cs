namespace Reports.Data;

/// <summary>The files of the data contract, in the order they load: each may refer to the ones before it.</summary>
public static class DataFiles
{
    public const string Rubric = "rubric.csv";
    public const string Policy = "policy.csv";
    public const string Gates = "gates.csv";
    public const string Scores = "scores.csv";
    public const string GateResults = "gate-results.csv";
    public const string Incidents = "incidents.csv";
    public const string Findings = "findings.csv";
    public const string Decisions = "decisions.csv";
    public const string Slos = "slos.csv";
    public const string SloDays = "slo-days.csv";
    public const string CiRuns = "ci-runs.csv";
    public const string Events = "events.csv";

    public static IReadOnlyList<string> All { get; } = [Rubric, Policy, Gates, Scores, GateResults, Incidents, Findings, Decisions, Slos, SloDays, CiRuns, Events];

    /// <summary>
    /// A missing policy means the defaults; missing decisions mean none were recorded; a missing evidence file
    /// (SLOs, their days, CI runs, events) leaves the rules that read it not measured.
    /// </summary>
    public static bool IsOptional(string file) => file is Policy or Decisions or Slos or SloDays or CiRuns or Events;
}
