using System.Collections.Immutable;
using Reports.Diagnostics;
using Reports.Pipeline;
using static Reports.Tests.Pipeline.Modules;

namespace Reports.Tests.Pipeline;

public class EngineTests
{
    private static readonly MetadataKey<int> Total = new("total");

    private static Engine Build(params PipelineDefinition[] pipelines)
    {
        var builder = Engine.CreateBuilder();
        foreach (var pipeline in pipelines)
        {
            builder.AddPipeline(pipeline);
        }

        var result = builder.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Should_process_each_pipeline_after_its_dependencies()
    {
        var log = new List<string>();
        var engine = Build(
            new PipelineDefinition("pages").DependsOn("scoring").Process(Record(log, "pages"), "pages"),
            new PipelineDefinition("scoring").DependsOn("data").Process(Record(log, "scoring"), "rules"),
            new PipelineDefinition("data").Process(Record(log, "data"), "csv"));

        engine.Run(OverlayFileSystem.Empty);

        Assert.Equal(["data", "scoring", "pages"], log);
        Assert.Equal(["data", "scoring", "pages"], engine.Pipelines.Select(p => p.Name));
    }

    [Fact]
    public void Should_report_a_dependency_cycle_at_build()
    {
        var result = Engine.CreateBuilder()
            .AddPipeline(new PipelineDefinition("a").DependsOn("b"))
            .AddPipeline(new PipelineDefinition("b").DependsOn("c"))
            .AddPipeline(new PipelineDefinition("c").DependsOn("a"))
            .Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Value);
        Assert.Equal(PipelineErrors.DependencyCycleCode, diagnostic.Code);
        Assert.Contains("a -> b -> c -> a", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unknown_dependency_at_build()
    {
        var result = Engine.CreateBuilder().AddPipeline(new PipelineDefinition("pages").DependsOn("scorring")).Build();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(PipelineErrors.UnknownDependencyCode, diagnostic.Code);
        Assert.Equal("pages", diagnostic.Path);
        Assert.Contains("'scorring'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_two_pipelines_with_the_same_name()
    {
        var result = Engine.CreateBuilder().AddPipeline(new PipelineDefinition("a")).AddPipeline(new PipelineDefinition("a")).Build();

        Assert.Equal(PipelineErrors.DuplicatePipelineCode, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Should_render_only_after_every_pipeline_has_processed()
    {
        var log = new List<string>();
        var seen = 0;
        var engine = Build(
            new PipelineDefinition("home")
                .Process(Record(log, "home:process"), "nothing to compute")
                .Render(Run((inputs, context) =>
                {
                    // Not a dependency, yet visible: Render may reference anything.
                    seen = context.Outputs("slow").Single().Get(Total);
                    return inputs;
                }), "reads another pipeline's result"),
            new PipelineDefinition("slow").Process(Run((inputs, _) =>
            {
                Thread.Sleep(100);
                lock (log)
                {
                    log.Add("slow:process");
                }

                return [Document.Compute().With(Total, 55)];
            }), "takes a while"));

        engine.Run(OverlayFileSystem.Empty);

        Assert.Equal(55, seen);
        Assert.Equal(["home:process", "slow:process"], log.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_hide_undeclared_pipelines_while_processing()
    {
        var engine = Build(
            new PipelineDefinition("data").Process(Emit(), "nothing"),
            new PipelineDefinition("pages").Process(Run((inputs, context) => context.Outputs("data")), "reads data without declaring it"));

        var error = Assert.Throws<PipelineException>(() => engine.Run(OverlayFileSystem.Empty));

        Assert.Equal("pages", error.PipelineName);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("DependsOn", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_process_steps_the_outputs_of_transitive_dependencies()
    {
        var total = 0;
        var engine = Build(
            new PipelineDefinition("data").Process(Run((_, _) => [Document.Compute().With(Total, 46)]), "data"),
            new PipelineDefinition("scoring").DependsOn("data").Process(Emit(), "rules"),
            new PipelineDefinition("pages").DependsOn("scoring").Process(Run((inputs, context) =>
            {
                total = context.Single("data", Total);
                return inputs;
            }), "reads data through scoring"));

        engine.Run(OverlayFileSystem.Empty);

        Assert.Equal(46, total);
    }

    [Fact]
    public void Should_run_independent_pipelines_concurrently()
    {
        using var barrier = new Barrier(2);
        var met = new bool[2];
        IModule Meet(int i) => Run((inputs, _) =>
        {
            met[i] = barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            return inputs;
        });
        var engine = Build(new PipelineDefinition("a").Process(Meet(0), "meet b"), new PipelineDefinition("b").Process(Meet(1), "meet a"));

        engine.Run(OverlayFileSystem.Empty);

        Assert.Equal([true, true], met);
    }

    [Fact]
    public void Should_surface_a_module_exception_as_an_internal_error_naming_pipeline_and_step()
    {
        var engine = Build(new PipelineDefinition("charts").Process(Run((_, _) => throw new DivideByZeroException()), "draws the trend"));

        var error = Assert.Throws<PipelineException>(() => engine.Run(OverlayFileSystem.Empty));

        Assert.Equal("charts", error.PipelineName);
        Assert.Equal(PipelinePhase.Process, error.Phase);
        Assert.IsType<DivideByZeroException>(error.InnerException);
        Assert.Contains("draws the trend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_skip_dependents_and_rendering_when_a_pipeline_reports_an_error()
    {
        var log = new List<string>();
        var engine = Build(
            new PipelineDefinition("data").Process(Run((inputs, context) =>
            {
                context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "RPT012", "data/scores.csv", 3, 14, "unknown column"));
                return inputs;
            }), "csv"),
            new PipelineDefinition("scoring").DependsOn("data").Process(Record(log, "scoring"), "rules"),
            new PipelineDefinition("about").Process(Record(log, "about"), "independent, still runs").Render(Record(log, "render"), "never"));

        var result = engine.Run(OverlayFileSystem.Empty);

        Assert.False(result.Succeeded);
        Assert.Equal("data/scores.csv(3,14): error RPT012: unknown column", Assert.Single(result.Diagnostics).ToString());
        Assert.Equal(["about"], log);
    }

    [Fact]
    public void Should_return_published_documents_in_ordinal_destination_order()
    {
        var engine = Build(
            new PipelineDefinition("b").Process(Emit("weeks/b.html", "Z.html"), "pages").Render(Emit("a.html"), "more pages"),
            new PipelineDefinition("a").Process(Run((inputs, _) => inputs.Add(Document.Compute())), "compute only"));

        var result = engine.Run(OverlayFileSystem.Empty);

        Assert.Equal(["Z.html", "a.html", "weeks/b.html"], result.Documents.Select(d => d.Destination));
        Assert.Equal(["Z.html", "a.html", "weeks/b.html"], result.ToFiles().Keys);
        Assert.Single(result.Outputs("a"));
    }

    [Fact]
    public void Should_report_a_destination_produced_twice()
    {
        var engine = Build(new PipelineDefinition("a").Process(Emit("index.html"), "home"), new PipelineDefinition("b").Process(Emit("index.html"), "home again"));

        var result = engine.Run(OverlayFileSystem.Empty);

        Assert.Equal(PipelineErrors.DuplicateDestinationCode, Assert.Single(result.Diagnostics).Code);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void Should_describe_pipelines_and_steps_with_their_reasons()
    {
        var engine = Build(
            new PipelineDefinition("data").Process(Emit(), "load the CSV files"),
            new PipelineDefinition("weeks").DependsOn("data").Render(Emit(), "one page per week"));

        Assert.Equal(
            "data\n  process  Lambda  load the CSV files\nweeks  (after: data)\n  render   Lambda  one page per week\n",
            engine.Describe());
    }

    [Fact]
    public void Should_time_every_step_it_runs_when_asked()
    {
        var timings = new StepTimings();
        var engine = Build(
            new PipelineDefinition("data").Process(Emit(), "load").Process(Emit(), "check"),
            new PipelineDefinition("weeks").DependsOn("data").Render(Emit("a.html"), "one page per week"));

        engine.Run(OverlayFileSystem.Empty, timings: timings);

        // Two steps of the same module in one pipeline and phase share their name, so their times add up.
        Assert.Equal(["data process Lambda", "weeks render Lambda"], timings.Longest().Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_add_up_what_is_measured_under_one_name_and_list_the_longest_first()
    {
        var timings = new StepTimings();

        timings.Measure("short", () => { });
        var value = timings.Measure("long", () =>
        {
            Thread.Sleep(30);
            return 7;
        });
        timings.Measure("long", () => Thread.Sleep(30));

        Assert.Equal(7, value);
        Assert.Equal(["long", "short"], timings.Longest().Select(t => t.Name));
        Assert.True(timings.Longest()[0].Elapsed >= TimeSpan.FromMilliseconds(60), timings.Longest()[0].Elapsed.ToString());
    }

    [Fact]
    public void Should_stop_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var engine = Build(new PipelineDefinition("a").Process(Emit("a.html"), "page"));

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(OverlayFileSystem.Empty, cancel.Token));
    }

    [Fact]
    public void Should_treat_a_default_array_from_a_module_as_a_bug()
    {
        var engine = Build(new PipelineDefinition("a").Process(Run((_, _) => default(ImmutableArray<Document>)), "forgets to return"));

        Assert.Throws<PipelineException>(() => engine.Run(OverlayFileSystem.Empty));
    }
}
