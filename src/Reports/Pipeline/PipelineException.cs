namespace Reports.Pipeline;

/// <summary>
/// A module threw: that is a bug, not a user error. Names the pipeline, phase and step so the
/// "internal error" message points at the code to fix.
/// </summary>
public sealed class PipelineException : Exception
{
    public PipelineException(string pipelineName, PipelinePhase phase, Step step, Exception inner)
        : base($"Internal error in pipeline '{pipelineName}' ({phase}), step {step.Name} ({step.Reason}): {inner.Message}", inner)
    {
        PipelineName = pipelineName;
        Phase = phase;
        StepName = step.Name;
    }

    public string PipelineName { get; }

    public PipelinePhase Phase { get; }

    public string StepName { get; }
}
