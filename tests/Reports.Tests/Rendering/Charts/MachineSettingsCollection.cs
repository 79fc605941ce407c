namespace Reports.Tests.Rendering.Charts;

/// <summary>Tests that change the process's time zone run alone, so no other test sees the change.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineSettingsCollection
{
    public const string Name = "Machine settings";
}
