namespace Reports.Domain;

/// <summary>A service level objective (a row of <c>slos.csv</c>). Objective is a percent, 0 &lt; x &lt; 100. Description is Markdown.</summary>
public sealed record Slo(string Id, string Pillar, string Name, decimal Objective, string Description);
