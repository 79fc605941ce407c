namespace Reports.Pipeline;

/// <summary>Every pipeline's Process steps run before any pipeline's Render steps.</summary>
public enum PipelinePhase
{
    /// <summary>Computing: data, rules, charts. Sees the outputs of declared dependencies only.</summary>
    Process,

    /// <summary>Templates and pages. Sees every pipeline's Process outputs.</summary>
    Render,
}
