namespace Reports.Site.Models;

/// <summary>A policy threshold as stated on the methodology page, with its policy keys.</summary>
public sealed record ThresholdRow(string Name, string Rule, string Keys);
