using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using System.Text;
using Reports.Diagnostics;

namespace Reports.Pipeline;

/// <summary>
/// A frozen set of pipelines. <see cref="Run"/> processes every pipeline after its dependencies (independent
/// ones concurrently), then renders every pipeline. Errors stop what depends on them: a pipeline whose
/// dependency reported an error is skipped, and nothing renders after a Process phase with errors. A module
/// that throws is a bug: the run stops with a <see cref="PipelineException"/>.
/// </summary>
public sealed class Engine
{
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _visibleWhileProcessing;

    internal Engine(ImmutableArray<PipelineDefinition> pipelines)
    {
        Pipelines = pipelines;
        var closure = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            // Dependencies come first in topological order, so their closures are already known.
            closure[pipeline.Name] = pipeline.Dependencies
                .Aggregate(ImmutableHashSet.Create<string>(StringComparer.Ordinal), (set, d) => set.Add(d).Union(closure[d]));
        }

        _visibleWhileProcessing = closure.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every pipeline, each after its dependencies.</summary>
    public ImmutableArray<PipelineDefinition> Pipelines { get; }

    public static EngineBuilder CreateBuilder() => new();

    /// <summary>The pipelines and their steps with reasons, in processing order: for <c>--help</c> and debugging.</summary>
    public string Describe()
    {
        var width = Pipelines.SelectMany(p => p.ProcessSteps.Concat(p.RenderSteps)).Select(s => s.Name.Length).DefaultIfEmpty(0).Max();
        var text = new StringBuilder();
        foreach (var pipeline in Pipelines)
        {
            text.Append(pipeline.Name);
            if (pipeline.Dependencies.Length > 0)
            {
                text.Append("  (after: ").AppendJoin(", ", pipeline.Dependencies).Append(')');
            }

            text.Append('\n');
            foreach (var step in pipeline.ProcessSteps)
            {
                text.Append("  process  ").Append(step.Name.PadRight(width)).Append("  ").Append(step.Reason).Append('\n');
            }

            foreach (var step in pipeline.RenderSteps)
            {
                text.Append("  render   ").Append(step.Name.PadRight(width)).Append("  ").Append(step.Reason).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Runs every pipeline over <paramref name="files"/>; user problems come back as diagnostics, bugs as <see cref="PipelineException"/>.</summary>
    /// <param name="publish">
    /// Given every document with a destination (ordinal), while the run's diagnostics are still open, when rendering
    /// reported no error: it reads each document's content (rendering deferred pages, whose problems join the run's
    /// diagnostics) and keeps what it needs. Without it, the run makes every deferred content into bytes itself and
    /// the result holds the whole site.
    /// </param>
    /// <param name="timings">When given, each step's wall time is added to it.</param>
    public EngineResult Run(OverlayFileSystem files, CancellationToken cancellationToken = default, Action<ImmutableArray<Document>>? publish = null, StepTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var run = new RunState(files, stop, timings);

        var processing = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in Pipelines)
        {
            var dependencies = pipeline.Dependencies.Select(d => processing[d]).ToArray();
            processing[pipeline.Name] = RunAfterAsync(dependencies, () => Process(pipeline, run), stop);
        }

        WaitAndRethrowFirstBug(processing, cancellationToken);

        if (!run.Sinks.Values.Any(s => s.HasErrors))
        {
            var visible = run.Processed.ToImmutableDictionary(StringComparer.Ordinal);
            var rendering = Pipelines.ToDictionary(
                p => p.Name,
                p => RunAfterAsync([], () => Render(p, visible, run), stop),
                StringComparer.Ordinal);
            WaitAndRethrowFirstBug(rendering, cancellationToken);
        }

        var (documents, duplicates) = Destinations(run);
        if (duplicates.Count == 0 && !run.Sinks.Values.Any(s => s.HasErrors))
        {
            documents = publish is null ? Made(documents, stop.Token) : Published(publish, documents);
        }

        return Collect(run, documents, duplicates);
    }

    private static ImmutableArray<Document> Published(Action<ImmutableArray<Document>> publish, ImmutableArray<Document> documents)
    {
        publish(documents);
        return documents;
    }

    /// <summary>Every deferred content made into bytes, in parallel: what a run without a publisher returns.</summary>
    private static ImmutableArray<Document> Made(ImmutableArray<Document> documents, CancellationToken cancellationToken) =>
        [.. OrderedParallel.Map(documents.Length, cancellationToken, i => documents[i].Content.IsDeferred
            ? documents[i] with { Content = DocumentContent.FromBytes(documents[i].Content.AsBytes()) }
            : documents[i])];

    private void Process(PipelineDefinition pipeline, RunState run)
    {
        var sink = run.Sinks.GetOrAdd(pipeline.Name, _ => new DiagnosticSink());
        if (pipeline.Dependencies.Any(d => !run.Processed.ContainsKey(d) || run.Sinks[d].HasErrors))
        {
            // A dependency failed: running on its partial output would only add confusing follow-on errors.
            return;
        }

        var visible = _visibleWhileProcessing[pipeline.Name].ToImmutableDictionary(n => n, n => run.Processed[n], StringComparer.Ordinal);
        var context = new PipelineContext(pipeline.Name, PipelinePhase.Process, run.Files, sink, visible, run.Stop.Token);
        var output = Execute(pipeline, PipelinePhase.Process, pipeline.ProcessSteps, [], context, run.Timings);
        run.Processed[pipeline.Name] = output;
        run.Final[pipeline.Name] = output;
    }

    private static void Render(PipelineDefinition pipeline, ImmutableDictionary<string, ImmutableArray<Document>> visible, RunState run)
    {
        var sink = run.Sinks.GetOrAdd(pipeline.Name + "#render", _ => new DiagnosticSink());
        var context = new PipelineContext(pipeline.Name, PipelinePhase.Render, run.Files, sink, visible, run.Stop.Token);
        run.Final[pipeline.Name] = Execute(pipeline, PipelinePhase.Render, pipeline.RenderSteps, visible[pipeline.Name], context, run.Timings);
    }

    private static ImmutableArray<Document> Execute(
        PipelineDefinition pipeline, PipelinePhase phase, ImmutableArray<Step> steps, ImmutableArray<Document> documents, PipelineContext context, StepTimings? timings)
    {
        foreach (var step in steps)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                var input = documents;
                documents = timings is null
                    ? step.Module.Execute(input, context)
                    : timings.Measure($"{pipeline.Name} {phase.ToString().ToLowerInvariant()} {step.Name}", () => step.Module.Execute(input, context));
                if (documents.IsDefault)
                {
                    throw new InvalidOperationException("The module returned a default ImmutableArray; return [] for no documents.");
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                throw new PipelineException(pipeline.Name, phase, step, exception);
            }
        }

        return documents;
    }

    private static async Task RunAfterAsync(Task[] dependencies, Action action, CancellationTokenSource stop)
    {
        await Task.WhenAll(dependencies).ConfigureAwait(false);
        try
        {
            await Task.Run(action, stop.Token).ConfigureAwait(false);
        }
        catch (PipelineException)
        {
            // One bug is enough to fail the run: stop the others instead of letting them finish.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for every task; rethrows the first bug in pipeline order so the report does not depend on timing.</summary>
    private void WaitAndRethrowFirstBug(Dictionary<string, Task> tasks, CancellationToken cancellationToken)
    {
        try
        {
            Task.WaitAll(tasks.Values);
        }
        catch (AggregateException)
        {
            foreach (var pipeline in Pipelines)
            {
                if (tasks[pipeline.Name].Exception?.InnerException is PipelineException bug && bug.PipelineName == pipeline.Name)
                {
                    ExceptionDispatchInfo.Throw(bug);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    /// <summary>The documents with a destination, ordinal by it, and a diagnostic for each destination taken twice.</summary>
    private (ImmutableArray<Document> Documents, List<Diagnostic> Duplicates) Destinations(RunState run)
    {
        var duplicates = new List<Diagnostic>();
        var byDestination = new Dictionary<string, (Document Document, string Pipeline)>(StringComparer.Ordinal);
        foreach (var pipeline in Pipelines)
        {
            foreach (var document in run.Final.GetValueOrDefault(pipeline.Name, []).Where(d => d.Destination is not null))
            {
                if (!byDestination.TryAdd(document.Destination!, (document, pipeline.Name)))
                {
                    var first = byDestination[document.Destination!];
                    duplicates.Add(PipelineErrors.DuplicateDestination(
                        document.Destination!, Describe(first.Document, first.Pipeline), Describe(document, pipeline.Name)));
                }
            }
        }

        return ([.. byDestination.Values.Select(v => v.Document).OrderBy(d => d.Destination, StringComparer.Ordinal)], duplicates);

        static string Describe(Document document, string pipeline) =>
            document.Source is null ? $"pipeline '{pipeline}'" : $"{document.Source} (pipeline '{pipeline}')";
    }

    private static EngineResult Collect(RunState run, ImmutableArray<Document> documents, List<Diagnostic> duplicates)
    {
        var diagnostics = run.Sinks.Values.SelectMany(s => s.ToSortedArray()).Concat(duplicates).ToList();
        return new EngineResult(documents, DiagnosticSink.Sort(diagnostics), run.Final.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private sealed record RunState(OverlayFileSystem Files, CancellationTokenSource Stop, StepTimings? Timings)
    {
        public ConcurrentDictionary<string, ImmutableArray<Document>> Processed { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, ImmutableArray<Document>> Final { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, DiagnosticSink> Sinks { get; } = new(StringComparer.Ordinal);
    }
}
