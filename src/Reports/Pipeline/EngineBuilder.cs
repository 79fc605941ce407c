using System.Collections.Immutable;
using Reports.Diagnostics;

namespace Reports.Pipeline;

/// <summary>Collects pipelines, then freezes them into an <see cref="Engine"/>, checking their dependencies.</summary>
public sealed class EngineBuilder
{
    private readonly List<PipelineDefinition> _pipelines = [];

    internal EngineBuilder()
    {
    }

    public EngineBuilder AddPipeline(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipelines.Add(pipeline);
        return this;
    }

    /// <summary>
    /// The engine, or diagnostics for duplicate names (RPT932), unknown dependencies (RPT930) and cycles (RPT931).
    /// Pipelines are ordered so that each comes after its dependencies; ties keep registration order.
    /// </summary>
    public Result<Engine> Build()
    {
        var diagnostics = new List<Diagnostic>();
        var byName = new Dictionary<string, PipelineDefinition>(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                diagnostics.Add(PipelineErrors.DuplicatePipeline(pipeline.Name));
            }
        }

        var registered = _pipelines.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var pipeline in _pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                diagnostics.Add(PipelineErrors.UnknownDependency(pipeline.Name, dependency, registered));
            }
        }

        if (diagnostics.Count > 0)
        {
            return new Result<Engine>(null, diagnostics);
        }

        var ordered = TopologicalOrder(byName, registered, out var cycle);
        return cycle is null
            ? new Result<Engine>(new Engine(ordered), [])
            : new Result<Engine>(null, [PipelineErrors.DependencyCycle(cycle)]);
    }

    /// <summary>Depth-first post-order in registration order: deterministic, and finds a cycle's members.</summary>
    private static ImmutableArray<PipelineDefinition> TopologicalOrder(
        Dictionary<string, PipelineDefinition> byName, List<string> registered, out List<string>? cycle)
    {
        var ordered = ImmutableArray.CreateBuilder<PipelineDefinition>(byName.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        cycle = null;

        bool Visit(string name, out List<string>? found)
        {
            found = null;
            if (done.Contains(name))
            {
                return true;
            }

            var onPath = path.IndexOf(name);
            if (onPath >= 0)
            {
                found = [.. path.Skip(onPath), name];
                return false;
            }

            path.Add(name);
            foreach (var dependency in byName[name].Dependencies)
            {
                if (!Visit(dependency, out found))
                {
                    return false;
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(name);
            ordered.Add(byName[name]);
            return true;
        }

        foreach (var name in registered)
        {
            if (!Visit(name, out cycle))
            {
                return [];
            }
        }

        return ordered.ToImmutable();
    }
}
