namespace Reports.Pipeline;

/// <summary>A module plus the one-line reason it is in the pipeline (shown by <see cref="Engine.Describe"/>).</summary>
public sealed record Step(IModule Module, string Reason)
{
    /// <summary>The module's class name without its type arguments' count: the verb shown in listings.</summary>
    public string Name => Module.GetType().Name.Split('`')[0];
}
