using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Tests.Pipeline;

/// <summary>Small real modules for engine tests: each does one observable thing.</summary>
internal static class Modules
{
    public static IModule Run(Func<ImmutableArray<Document>, PipelineContext, ImmutableArray<Document>> execute) => new Lambda(execute);

    public static IModule Emit(params string[] destinations) =>
        Run((inputs, _) => inputs.AddRange(destinations.Select(d => Document.FromText(d, d))));

    public static IModule Record(List<string> log, string entry) => Run((inputs, _) =>
    {
        lock (log)
        {
            log.Add(entry);
        }

        return inputs;
    });

    private sealed class Lambda(Func<ImmutableArray<Document>, PipelineContext, ImmutableArray<Document>> execute) : IModule
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, PipelineContext context) => execute(inputs, context);
    }
}
