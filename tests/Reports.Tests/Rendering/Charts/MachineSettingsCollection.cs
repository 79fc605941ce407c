namespace Reports.Tests.Rendering.Charts;

/// <summary>Tests that change or watch process-wide settings (the time zone, the collector's mode) run alone, so no other test sees or disturbs them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineSettingsCollection
{
    public const string Name = "Machine settings";
}
