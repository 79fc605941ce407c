using Reports.Data;
using Reports.Domain;

namespace Reports.Tests.Data;

/// <summary>The valid corpus baseline loads without a single diagnostic, into the objects its files describe.</summary>
public sealed class ValidBaselineTests
{
    private static ReliabilityData LoadBaseline()
    {
        var result = DataFolderLoader.Load(Path.Combine(TempDataFolder.CorpusRoot, "valid"));
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    [Fact]
    public void Loads_the_rubric_in_file_order_with_level_descriptors()
    {
        var data = LoadBaseline();

        Assert.Equal(["measurement", "outcomes", "ci", "security", "operability", "discipline"], data.Rubric.Select(c => c.Key));
        Assert.Equal([20, 25, 15, 15, 15, 10], data.Rubric.Select(c => c.Weight));
        var measurement = data.Rubric[0];
        Assert.Equal("Measurement Completeness", measurement.Name);
        Assert.Equal(["Most SLOs unknown", "", "Core events exist but gaps remain", "All pillars instrumented, low unknowns", "Full coverage with dashboards and alerting"], measurement.Levels);
    }

    [Fact]
    public void Applies_policy_overrides_over_the_defaults()
    {
        var data = LoadBaseline();

        // The baseline sets the plan's values explicitly, so the result equals the defaults.
        Assert.Equal(Policy.Default, data.Policy with { Pillars = Policy.Default.Pillars });
        Assert.Equal(["hydra", "video", "queue", "socket", "auth"], data.Policy.Pillars);
    }

    [Fact]
    public void Loads_gates_with_case_insensitive_headers()
    {
        var data = LoadBaseline();

        Assert.Equal(8, data.Gates.Count);
        Assert.Equal(new GateDefinition("G1", 1, "Instrumentation completeness", "Event families for hydra, video, queue, socket, auth"), data.Gates[0]);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 3], data.Gates.Select(g => g.Phase));
    }

    [Fact]
    public void Loads_scores_in_file_order_and_keeps_markdown_as_text()
    {
        var data = LoadBaseline();

        Assert.Equal(12, data.Scores.Count);
        Assert.Equal([new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18)], data.Weeks);
        Assert.Equal([2, 1, 3, 1, 2, 3, 3, 1, 3, 2, 2, 3], data.Scores.Select(s => s.Value));
        Assert.Equal(
            "Core telemetry exists for hydra/queue/socket/auth.\n\nVideo lifecycle and proxy response coverage are **incomplete**.",
            data.Scores[0].Rationale);
        Assert.Equal("Required CI checks exist (`typecheck`, `test`, Chromium smoke e2e).", data.Scores[2].Rationale);
    }

    [Fact]
    public void Loads_gate_results_with_statuses_matched_ignoring_case()
    {
        var data = LoadBaseline();

        Assert.Equal(9, data.GateResults.Count);
        Assert.Equal(
            [GateStatus.Pending, GateStatus.Fail, GateStatus.Fail, GateStatus.Pass, GateStatus.Pass, GateStatus.Fail, GateStatus.Pending, GateStatus.Pass, GateStatus.NotApplicable],
            data.GateResults.Select(r => r.Status));
        Assert.Equal("https://example.org/ci/runs/1", data.GateResults[3].Link);
        Assert.Null(data.GateResults[0].Link);
    }

    [Fact]
    public void Counts_incident_timestamps_on_their_utc_date()
    {
        var data = LoadBaseline();

        Assert.Equal(
            new Incident("INC-1", Severity.Sev2, "video", "Video stalls on proxy timeout", new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 12),
                "Proxy responses slower than **5 s** stalled playback.", "https://example.org/incidents/1"),
            data.Incidents[0]);

        // 23:30 at UTC-8 is 07:30 the next day in UTC.
        var stormy = data.Incidents[1];
        Assert.Equal(Severity.Sev3, stormy.Severity);
        Assert.Equal(new DateOnly(2026, 2, 18), stormy.Opened);
        Assert.Null(stormy.Resolved);
        Assert.Null(stormy.Link);
        Assert.Equal(Severity.Sev4, data.Incidents[2].Severity);
        Assert.Equal(new DateOnly(2026, 2, 15), data.Incidents[2].Resolved);
    }

    [Fact]
    public void Loads_findings_and_spells_known_sources_as_the_rules_compare_them()
    {
        var data = LoadBaseline();

        Assert.Equal(["KI-1", "KI-2", "KI-3", "KI-4", "H-1", "H-2", "M-1"], data.Findings.Select(f => f.Id));
        var ki4 = data.Findings[3];
        Assert.Equal(Priority.P1, ki4.Priority);
        Assert.Equal(FindingStatus.Mitigated, ki4.Status);
        Assert.Equal(new DateOnly(2026, 2, 18), ki4.Closed);
        Assert.Equal(Finding.RedTeamSource, data.Findings[4].Source);
        Assert.Null(data.Findings[0].Closed);
    }

    [Fact]
    public void Loads_recorded_decisions()
    {
        var data = LoadBaseline();

        Assert.Equal([new RecordedDecision(new DateOnly(2026, 2, 17), Decision.Stay, "Stay in Phase 1"), new RecordedDecision(new DateOnly(2026, 2, 18), Decision.Stay, "Stay in Phase 1")], data.Decisions);
    }
}
