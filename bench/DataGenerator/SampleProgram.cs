using System.Globalization;
using CsvHelper;

namespace Reports.Bench;

/// <summary>
/// A seeded, realistic reliability program: the plan's rubric and gates, one scored week every 7 days,
/// scores that drift a level at a time, about four incidents and one finding a week; with
/// <see cref="WithEvidence"/>, a year of evidence ending on the last week: ten SLOs with a row a day each
/// (3,650 rows), about 7,000 CI runs, monthly drills and bi-weekly spot checks, and G4–G8 computed from them.
/// </summary>
public sealed class SampleProgram(int weeks, int seed)
{
    private static readonly (string Key, string Name, int Weight)[] Rubric =
    [
        ("measurement", "Measurement Completeness", 20),
        ("outcomes", "Reliability Outcomes", 25),
        ("ci", "Test and CI Strength", 15),
        ("security", "Security and Abuse Resistance", 15),
        ("operability", "Operability and Incident Readiness", 15),
        ("discipline", "Delivery Discipline", 10),
    ];

    private static readonly (string Id, int Phase)[] Gates =
        [("G1", 1), ("G2", 1), ("G3", 1), ("G4", 1), ("G5", 2), ("G6", 2), ("G7", 2), ("G8", 3)];

    private static readonly string[] Pillars = ["hydra", "video", "queue", "socket", "auth"];
    private static readonly string[] GateStatuses = ["pass", "pass", "pass", "fail", "pending", "n/a"];
    private static readonly string[] Sources = ["red-team", "known-issue", "hardening", "workstream"];

    private readonly Random _random = new(seed);
    private readonly DateOnly _first = new(2016, 1, 4);

    private static readonly string[] Checks = ["typecheck", "test", "chromium-smoke"];

    /// <summary>Also write slos.csv, slo-days.csv, ci-runs.csv and events.csv, and compute G4–G8 from them.</summary>
    public bool WithEvidence { get; init; }

    /// <summary>Incidents opened each week; null for three to five at random. Thousands make the tables that must paginate.</summary>
    public int? IncidentsPerWeek { get; init; }

    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        Write(folder, "rubric.csv", ["key", "name", "weight", "level_0", "level_2", "level_3", "level_4"],
            Rubric.Select(c => new[] { c.Key, c.Name, Inv(c.Weight), "Missing", "Baseline", "Strong", "Production-grade" }));
        string[] rules = ["", "", "", "ci-minimums", "slo-attainment", "operational-readiness", "error-budget", "reentry-guardrail"];
        Write(folder, "gates.csv", ["id", "phase", "name", "criteria", "computed_by"],
            Gates.Select((g, i) => new[] { g.Id, Inv(g.Phase), $"Gate {g.Id}", $"Criteria of {g.Id}, with `code` and a comma, here", WithEvidence ? rules[i] : "" }));
        Write(folder, "policy.csv", ["key", "value", "note"], [["start_phase", "1", "generated"]]);
        Write(folder, "scores.csv", ["week_of", "category", "score", "rationale"], Scores());
        Write(folder, "gate-results.csv", ["week_of", "gate", "status", "evidence", "link"], GateResults());
        var incidents = Incidents().ToList();
        Write(folder, "incidents.csv", ["id", "severity", "pillar", "title", "opened", "resolved", "summary", "link"], incidents);
        var findings = Findings().ToList();
        Write(folder, "findings.csv", ["id", "title", "priority", "source", "status", "opened", "closed", "evidence"], findings);
        Write(folder, "decisions.csv", ["week_of", "decision", "note"],
            Enumerable.Range(0, weeks).Where(w => w % 13 == 0).Select(w => new[] { Week(w), "stay", "Quarterly review" }));
        var counts = $"{weeks} weeks, {weeks * Rubric.Length} scores, {incidents.Count} incidents, {findings.Count} findings";
        if (WithEvidence)
        {
            counts += WriteEvidence(folder);
        }

        return $"{counts} in {folder}";
    }

    /// <summary>A year of evidence ending on the last scored week.</summary>
    private string WriteEvidence(string folder)
    {
        var last = _first.AddDays((weeks - 1) * 7);
        var days = Enumerable.Range(0, 365).Select(i => last.AddDays(i - 364)).ToArray();
        var slos = Pillars.SelectMany(p => new[] { ($"{p}-availability", p, "99.5"), ($"{p}-latency", p, "99") }).ToArray();
        Write(folder, "slos.csv", ["id", "pillar", "name", "objective", "description"],
            slos.Select(s => new[] { s.Item1, s.p, $"{s.Item1} per day", s.Item3, "Share of good events, from the *monitoring* export." }));

        var sloDays = new List<string[]>();
        foreach (var day in days)
        {
            foreach (var (id, _, objective) in slos)
            {
                var total = _random.Next(10_000, 200_000);
                var allowed = total * (100 - decimal.Parse(objective, CultureInfo.InvariantCulture)) / 100;
                var bad = (int)(allowed * _random.Next(0, _random.Next(50) == 0 ? 300 : 60) / 100);
                sloDays.Add([Date(day), id, Inv(total - bad), Inv(total), ""]);
            }
        }

        Write(folder, "slo-days.csv", ["date", "slo", "good", "total", "note"], sloDays);

        var runs = new List<string[]>();
        var n = 0;
        foreach (var day in days)
        {
            var pushes = _random.Next(5, 8);
            for (var p = 0; p < pushes; p++)
            {
                n++;
                var at = day.ToDateTime(new TimeOnly(8 + p * 2, _random.Next(60)));
                foreach (var check in Checks)
                {
                    var result = _random.Next(100) switch { < 2 => "flaky", < 5 => "fail", < 6 => "cancelled", _ => "pass" };
                    runs.Add([check, at.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + (p % 2 == 0 ? "Z" : "-05:00"), result, "yes", $"{n:x7}", $"https://ci.example.org/runs/{n}"]);
                }
            }

            runs.Add(["firefox-nightly", Date(day) + "T02:00:00Z", "pass", "no", "", ""]);
        }

        Write(folder, "ci-runs.csv", ["check", "finished", "result", "required", "commit", "link"], runs);

        var events = new List<string[]>();
        foreach (var day in days)
        {
            if (day.Day == 15)
            {
                events.Add([Date(day), "rollback-drill", _random.Next(5) == 0 ? "fail" : "pass", "Monthly rollback drill", "", ""]);
            }

            if (day.DayNumber % 14 == 0)
            {
                events.Add([Date(day), "red-team-spot-check", "done", "Spot check", "", ""]);
            }

            if (day.Day == 1 && day.Month % 3 == 1)
            {
                events.Add([Date(day), "runbook-update", "done", "Quarterly runbook review", "", ""]);
            }
        }

        Write(folder, "events.csv", ["date", "kind", "outcome", "title", "link", "note"], events);
        return $", {slos.Length} SLOs, {sloDays.Count} SLO days, {runs.Count} CI runs, {events.Count} events";
    }

    private IEnumerable<string[]> Scores()
    {
        var scores = new[] { 2, 1, 3, 1, 2, 3 };
        for (var w = 0; w < weeks; w++)
        {
            for (var c = 0; c < Rubric.Length; c++)
            {
                scores[c] = Math.Clamp(scores[c] + _random.Next(-1, 2) * (_random.Next(4) == 0 ? 1 : 0), 0, 4);
                yield return [Week(w), Rubric[c].Key, Inv(scores[c]), $"Week {w + 1}: **{Rubric[c].Name}** held at {scores[c]}; see `runbook.md` and KI-{_random.Next(1, 40)}."];
            }
        }
    }

    private IEnumerable<string[]> GateResults()
    {
        for (var w = 0; w < weeks; w++)
        {
            foreach (var (id, _) in Gates)
            {
                if (_random.Next(8) != 0)
                {
                    yield return [Week(w), id, GateStatuses[_random.Next(GateStatuses.Length)], $"Evidence for {id} in week {w + 1}", ""];
                }
            }
        }
    }

    private IEnumerable<string[]> Incidents()
    {
        var n = 0;
        for (var w = 0; w < weeks; w++)
        {
            var count = IncidentsPerWeek ?? _random.Next(3, 6);
            for (var i = 0; i < count; i++)
            {
                var opened = _first.AddDays(w * 7 + _random.Next(7));
                var severity = _random.Next(100) switch { < 2 => "sev1", < 12 => "sev2", < 50 => "sev3", _ => "sev4" };
                var resolved = _random.Next(50) == 0 && w > weeks - 8 ? "" : Date(opened.AddDays(_random.Next(0, 21)));
                yield return [$"INC-{++n:D5}", severity, Pillars[_random.Next(Pillars.Length)], $"Incident {n}: degraded {Pillars[_random.Next(Pillars.Length)]}",
                    Date(opened), resolved, $"Summary of incident {n}, with *markdown*.", $"https://example.org/incidents/{n}"];
            }
        }
    }

    private IEnumerable<string[]> Findings()
    {
        for (var w = 0; w < weeks; w++)
        {
            var opened = _first.AddDays(w * 7);
            // Like incidents, the findings still open are recent ones (here: the last half year). A program that
            // never closes one finding in six would, after ten years, list hundreds on every weekly report.
            var open = _random.Next(6) == 0 && w >= weeks - 26;
            var status = open ? "open" : _random.Next(4) == 0 ? "mitigated" : "fixed";
            yield return [$"F-{w + 1:D4}", $"Finding {w + 1}", $"P{_random.Next(4)}", Sources[_random.Next(Sources.Length)], status,
                Date(opened), open ? "" : Date(opened.AddDays(_random.Next(1, 30))), "Evidence with `code`."];
        }
    }

    private string Week(int w) => Date(_first.AddDays(w * 7));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Inv(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static void Write(string folder, string file, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file));
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: false);
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
        }
    }
}
