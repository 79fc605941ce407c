using System.Globalization;
using System.Text.Json;
using CsCheck;
using Reports.Domain;
using Reports.Rendering.Json;
using Reports.Scoring;
using Reports.Tests.Builders;
using static Reports.Tests.Builders.DataSetBuilder;

namespace Reports.Tests.Rendering.Json;

/// <summary>The contract's machine-readable output: field names, value spellings, number format and layout.</summary>
public sealed class WeeksJsonTests
{
    private const string PlanWeek1Json = """
        {
          "schema": 1,
          "weeks": [
            {
              "week_of": "2026-02-17",
              "phase": 1,
              "total": 46.25,
              "categories": [
                {
                  "key": "measurement",
                  "score": 2,
                  "weight": 20,
                  "points": 10.00
                },
                {
                  "key": "outcomes",
                  "score": 1,
                  "weight": 25,
                  "points": 6.25
                },
                {
                  "key": "ci",
                  "score": 3,
                  "weight": 15,
                  "points": 11.25
                },
                {
                  "key": "security",
                  "score": 1,
                  "weight": 15,
                  "points": 3.75
                },
                {
                  "key": "operability",
                  "score": 2,
                  "weight": 15,
                  "points": 7.50
                },
                {
                  "key": "discipline",
                  "score": 3,
                  "weight": 10,
                  "points": 7.50
                }
              ],
              "gates": [
                {
                  "id": "G1",
                  "status": "fail",
                  "source": "recorded",
                  "recorded": "fail"
                },
                {
                  "id": "G2",
                  "status": "fail",
                  "source": "recorded",
                  "recorded": "fail"
                },
                {
                  "id": "G3",
                  "status": "fail",
                  "source": "recorded",
                  "recorded": "fail"
                },
                {
                  "id": "G4",
                  "status": "pending",
                  "source": "recorded",
                  "recorded": "pending"
                },
                {
                  "id": "G5",
                  "status": "unknown",
                  "source": "none",
                  "recorded": null
                },
                {
                  "id": "G6",
                  "status": "unknown",
                  "source": "none",
                  "recorded": null
                },
                {
                  "id": "G7",
                  "status": "unknown",
                  "source": "none",
                  "recorded": null
                },
                {
                  "id": "G8",
                  "status": "unknown",
                  "source": "none",
                  "recorded": null
                }
              ],
              "no_go": [
                "open-redteam-p0p1"
              ],
              "freeze_triggers": [],
              "decision": "stay",
              "next_phase": 1,
              "recorded_decision": "stay",
              "previous_total": null,
              "discrepancy": null,
              "trace": [
                "Reliability Outcomes 1 < 2",
                "Security and Abuse Resistance 1 < 2",
                "total 46.25 < 85",
                "G1 fail",
                "G2 fail",
                "G3 fail",
                "G4 pending",
                "open-redteam-p0p1: H-1, H-2, M-1",
                "slo-consecutive-miss: not measured (no daily SLO results per pillar in the data)",
                "smoke-e2e-failing: not measured (no Chromium smoke e2e run history in the data)"
              ],
              "checks": [
                {
                  "rule": "category-min",
                  "subject": "outcomes",
                  "name": "Reliability Outcomes",
                  "met": false,
                  "text": "Reliability Outcomes 1 < 2"
                },
                {
                  "rule": "category-min",
                  "subject": "security",
                  "name": "Security and Abuse Resistance",
                  "met": false,
                  "text": "Security and Abuse Resistance 1 < 2"
                },
                {
                  "rule": "total",
                  "subject": null,
                  "name": null,
                  "met": false,
                  "text": "total 46.25 < 85"
                },
                {
                  "rule": "gate",
                  "subject": "G1",
                  "name": "Instrumentation completeness",
                  "met": false,
                  "text": "G1 fail"
                },
                {
                  "rule": "gate",
                  "subject": "G2",
                  "name": "Reliability blockers closed",
                  "met": false,
                  "text": "G2 fail"
                },
                {
                  "rule": "gate",
                  "subject": "G3",
                  "name": "Abuse and safety controls in place",
                  "met": false,
                  "text": "G3 fail"
                },
                {
                  "rule": "gate",
                  "subject": "G4",
                  "name": "CI and test gate minimums",
                  "met": false,
                  "text": "G4 pending"
                },
                {
                  "rule": "no-go",
                  "subject": "open-redteam-p0p1",
                  "name": "An unresolved P0/P1 red-team finding",
                  "met": false,
                  "text": "open-redteam-p0p1: H-1, H-2, M-1"
                },
                {
                  "rule": "no-go",
                  "subject": "slo-consecutive-miss",
                  "name": "Two consecutive days of SLO miss in the same pillar",
                  "met": null,
                  "text": "slo-consecutive-miss: not measured (no daily SLO results per pillar in the data)"
                },
                {
                  "rule": "no-go",
                  "subject": "smoke-e2e-failing",
                  "name": "Chromium smoke e2e failing for 3 consecutive required runs",
                  "met": null,
                  "text": "smoke-e2e-failing: not measured (no Chromium smoke e2e run history in the data)"
                }
              ],
              "uplift": {
                "target": "enter validation",
                "target_total": 85,
                "min_category": 2,
                "steps": [
                  {
                    "category": "outcomes",
                    "from": 1,
                    "to": 4
                  },
                  {
                    "category": "security",
                    "from": 1,
                    "to": 3
                  },
                  {
                    "category": "measurement",
                    "from": 2,
                    "to": 4
                  },
                  {
                    "category": "operability",
                    "from": 2,
                    "to": 3
                  }
                ],
                "resulting_total": 86.25
              },
              "open_incidents": [],
              "unresolved_findings": [
                "KI-1",
                "KI-2",
                "KI-3",
                "KI-4",
                "H-1",
                "H-2",
                "M-1",
                "WS-1",
                "WS-2"
              ],
              "not_measured": [
                "slo-consecutive-miss",
                "smoke-e2e-failing"
              ],
              "validation_window": null,
              "slos": [],
              "ci": {
                "smoke_failures_in_a_row": 0,
                "flake_rate": {
                  "typecheck": null,
                  "test": null,
                  "chromium-smoke": null
                }
              },
              "overdue": [],
              "checklist": [
                {
                  "question": "slos-unknown",
                  "title": "Which SLOs are still Unknown?",
                  "not_measured": "slos.csv defines no SLO",
                  "summary": "not measured: slos.csv defines no SLO",
                  "items": []
                },
                {
                  "question": "gates-failed",
                  "title": "Which gates failed or are unknown?",
                  "not_measured": null,
                  "summary": null,
                  "items": [
                    {
                      "subject": {
                        "kind": "gate",
                        "id": "G1"
                      },
                      "text": "Instrumentation completeness: fail",
                      "markdown": null,
                      "link": null,
                      "related": []
                    },
                    {
                      "subject": {
                        "kind": "gate",
                        "id": "G2"
                      },
                      "text": "Reliability blockers closed: fail",
                      "markdown": null,
                      "link": null,
                      "related": []
                    },
                    {
                      "subject": {
                        "kind": "gate",
                        "id": "G3"
                      },
                      "text": "Abuse and safety controls in place: fail",
                      "markdown": null,
                      "link": null,
                      "related": []
                    }
                  ]
                },
                {
                  "question": "repeated-incident-classes",
                  "title": "Which incident classes repeated?",
                  "not_measured": null,
                  "summary": "no incident class repeated",
                  "items": []
                },
                {
                  "question": "regression-tests",
                  "title": "Which regression tests were added?",
                  "not_measured": null,
                  "summary": "no finding was fixed this week",
                  "items": []
                },
                {
                  "question": "rollbacks",
                  "title": "What was rolled back and why?",
                  "not_measured": "events.csv has no rows",
                  "summary": "not measured: events.csv has no rows",
                  "items": []
                },
                {
                  "question": "findings-past-due",
                  "title": "Which findings are past due, and who owns them?",
                  "not_measured": null,
                  "summary": "no finding is past due",
                  "items": []
                },
                {
                  "question": "overdue-cadence",
                  "title": "Which cadence items are overdue?",
                  "not_measured": "events.csv has no rows",
                  "summary": "not measured: events.csv has no rows",
                  "items": []
                }
              ],
              "time_in_phase": {
                "phase": 1,
                "since": "2026-02-17",
                "days": 0,
                "target_min_days": 14,
                "target_max_days": 28,
                "past_target": false
              },
              "forecast": null,
              "freeze_margin": null,
              "overdue_findings": []
            }
          ]
        }

        """;

    [Fact]
    public void Should_write_the_plans_week_1_exactly()
    {
        var json = WeeksJson.Write(PlanWeek1().WithPlanEvidence().Evaluate());

        Assert.Equal(PlanWeek1Json, json);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Should_write_the_same_text_under_any_culture(string culture)
    {
        var report = PlanWeeks().WithPlanEvidence().WithPolicy(p => p with { EnterValidationTotal = 85.5m }).Evaluate();
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => WeeksJson.Write(report));

        var local = WithCulture(CultureInfo.GetCultureInfo(culture), () => WeeksJson.Write(report));

        Assert.Equal(invariant, local);
        Assert.Contains("\"total\": 55.00,", local, StringComparison.Ordinal);
        Assert.Contains("\"target_total\": 85.5,", local, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_lf_line_ends_two_space_indent_and_a_trailing_newline()
    {
        var json = WeeksJson.Write(PlanWeeks().Evaluate());

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schema\": 1,\n  \"weeks\": [\n    {\n      \"week_of\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stream_exactly_the_bytes_it_writes_in_memory_past_its_buffer()
    {
        // Two hundred weeks are several times the 64 KB the writer holds before passing them on.
        var data = Enumerable.Range(0, 200).Aggregate(Empty(), (builder, i) =>
            builder.WithWeek(Date(Week1).AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 2, 1, 3, 1, 2, 3));
        var report = data.Evaluate();
        using var stream = new MemoryStream();

        WeeksJson.WriteTo(stream, report);

        Assert.True(stream.Length > 4 * 64 * 1024, stream.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(WeeksJson.WriteUtf8(report).ToArray(), stream.ToArray());
    }

    [Fact]
    public void Should_parse_back_with_the_contracts_fields_and_types()
    {
        var report = PlanWeeks().WithPlanEvidence().Evaluate();

        using var doc = JsonDocument.Parse(WeeksJson.Write(report));

        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        var weeks = root.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(["2026-02-17", "2026-02-18"], weeks.Select(w => w.GetProperty("week_of").GetString()));
        Assert.Equal([46.25m, 55.00m], weeks.Select(w => w.GetProperty("total").GetDecimal()));
        var week2 = weeks[1];
        Assert.Equal(46.25m, week2.GetProperty("previous_total").GetDecimal());
        Assert.Equal("15.00", week2.GetProperty("categories")[0].GetProperty("points").GetRawText());
        Assert.Equal(["pass", "fail", "fail", "pending", "unknown", "unknown", "unknown", "unknown"], week2.GetProperty("gates").EnumerateArray().Select(g => g.GetProperty("status").GetString()));
        Assert.Equal(["open-redteam-p0p1"], week2.GetProperty("no_go").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(86.25m, week2.GetProperty("uplift").GetProperty("resulting_total").GetDecimal());
    }

    [Fact]
    public void Should_write_freeze_triggers_and_decision_codes_in_phase_3()
    {
        var report = Empty().WithWeek(Week1, 4, 4, 3, 2, 2, 4)
            .WithGate(Week1, "G3", GateStatus.NotApplicable)
            .WithPolicy(p => p with { StartPhase = 3 })
            .WithIncident("INC-1", Severity.Sev1, opened: Week1)
            .WithRecorded(Week1, Decision.Stay)
            .Evaluate();

        using var doc = JsonDocument.Parse(WeeksJson.Write(report));

        var week = doc.RootElement.GetProperty("weeks")[0];
        Assert.Equal(3, week.GetProperty("phase").GetInt32());
        Assert.Equal(["total-below-freeze", "open-sev1"], week.GetProperty("freeze_triggers").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["open-sev1"], week.GetProperty("no_go").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("freeze", week.GetProperty("decision").GetString());
        Assert.Equal(1, week.GetProperty("next_phase").GetInt32());
        Assert.Equal("stay", week.GetProperty("recorded_decision").GetString());
        Assert.Equal("n/a", week.GetProperty("gates")[2].GetProperty("status").GetString());
        Assert.Equal(["INC-1"], week.GetProperty("open_incidents").EnumerateArray().Select(i => i.GetString()));
        Assert.StartsWith("recorded stay, but a freeze trigger is active", week.GetProperty("discrepancy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_advance_and_a_null_recorded_decision()
    {
        var report = TopScores().WithPhaseGates(1, GateStatus.Pass).Evaluate();

        using var doc = JsonDocument.Parse(WeeksJson.Write(report));

        var week = doc.RootElement.GetProperty("weeks")[0];
        Assert.Equal("advance", week.GetProperty("decision").GetString());
        Assert.Equal(2, week.GetProperty("next_phase").GetInt32());
        Assert.Equal(JsonValueKind.Null, week.GetProperty("recorded_decision").ValueKind);
        Assert.Equal("100.00", week.GetProperty("total").GetRawText());
        Assert.Equal(0, week.GetProperty("uplift").GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void Should_keep_category_names_with_quotes_and_non_ascii_valid_and_readable()
    {
        var report = Empty()
            .WithRubric([Category("qualité", "Qualité \"réelle\" <b>", 100)])
            .WithWeek(Week1, 1)
            .Evaluate();

        var json = WeeksJson.Write(report);
        using var doc = JsonDocument.Parse(json);

        Assert.Contains("\"key\": \"qualité\"", json, StringComparison.Ordinal);
        Assert.Contains("Qualité \"réelle\" <b> 1 < 2", doc.RootElement.GetProperty("weeks")[0].GetProperty("trace").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Should_always_write_json_that_parses_back_to_the_report()
    {
        DataSetGen.DataSet.Sample(
            data =>
            {
                var report = ProgramEvaluator.Evaluate(data);
                using var doc = JsonDocument.Parse(WeeksJson.Write(report));
                var weeks = doc.RootElement.GetProperty("weeks").EnumerateArray().ToList();
                Assert.Equal(report.Weeks.Count, weeks.Count);
                Assert.All(report.Weeks.Zip(weeks), pair =>
                {
                    var (week, json) = pair;
                    Assert.Equal(week.Total, json.GetProperty("total").GetDecimal());
                    Assert.Equal(week.Phase, json.GetProperty("phase").GetInt32());
                    Assert.Equal(week.NextPhase, json.GetProperty("next_phase").GetInt32());
                    Assert.Equal(data.Gates.Count, json.GetProperty("gates").GetArrayLength());
                    Assert.Equal(week.ActiveFreezeCodes, json.GetProperty("freeze_triggers").EnumerateArray().Select(c => c.GetString()!));
                });
            },
            iter: 200,
            threads: 1);
    }

    private static string WithCulture(CultureInfo culture, Func<string> write)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return write();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
