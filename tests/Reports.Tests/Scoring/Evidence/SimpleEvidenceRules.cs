using Reports.Domain;

namespace Reports.Tests.Scoring.Evidence;

/// <summary>
/// A second implementation of the evidence contract, deliberately plain: every question is answered by scanning the
/// raw rows again, with the contract's sentences as the only guide. Slow, and nothing shared with the real rules but
/// the domain records. The phase of each week is taken as given: the phase machine is tested elsewhere.
/// </summary>
internal sealed class SimpleEvidenceRules(ReliabilityData data)
{
    private EvidencePolicy Policy => data.Policy.Evidence;

    /// <summary>Validation windows of each week, from the weeks' dates and phases.</summary>
    public (DateOnly Start, int Days)?[] Windows(IReadOnlyList<(DateOnly Week, int Phase)> weeks)
    {
        var result = new (DateOnly Start, int Days)?[weeks.Count];
        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].Phase != 2)
            {
                continue;
            }

            // Walk back to the first week of this stretch in phase 2.
            var j = i;
            while (j > 0 && weeks[j - 1].Phase == 2)
            {
                j--;
            }

            var start = j == 0 ? weeks[0].Week : weeks[j - 1].Week.AddDays(1);
            result[i] = (start, weeks[i].Week.DayNumber - start.DayNumber + 1);
        }

        return result;
    }

    public string DayVerdict(Slo slo, DateOnly day)
    {
        var row = data.Evidence.SloDays.FirstOrDefault(d => d.Slo == slo.Id && d.Date == day);
        if (row is null)
        {
            return "unknown";
        }

        if (row.Total == 0)
        {
            return "no-traffic";
        }

        return 100m * row.Good >= slo.Objective * row.Total ? "met" : "missed";
    }

    public string SloStatus(Slo slo, DateOnly week)
    {
        decimal good = 0, total = 0;
        var unknown = false;
        for (var day = week.AddDays(1 - Policy.SloWindowDays); day <= week; day = day.AddDays(1))
        {
            var row = data.Evidence.SloDays.FirstOrDefault(d => d.Slo == slo.Id && d.Date == day);
            unknown |= row is null;
            good += row?.Good ?? 0;
            total += row?.Total ?? 0;
        }

        if (total > 0 && 100m * good < slo.Objective * total)
        {
            return "missed";
        }

        return unknown || total == 0 ? "unknown" : "met";
    }

    public GateStatus G5(DateOnly week)
    {
        var first = week.AddDays(1 - Policy.SloWindowDays);
        var sev1 = data.Incidents.Any(i => i.Severity == Severity.Sev1
            && Enumerable.Range(0, Policy.SloWindowDays).Select(first.AddDays).Any(i.IsOpenOn));
        var statuses = data.Evidence.Slos.Select(s => SloStatus(s, week)).ToList();
        if (sev1 || statuses.Contains("missed"))
        {
            return GateStatus.Fail;
        }

        return statuses.Contains("unknown") ? GateStatus.Pending : GateStatus.Pass;
    }

    /// <summary>Burn in percent, "inf" for a positive burn of a zero budget, null outside phase 2.</summary>
    public string? Burn(Slo slo, DateOnly week, (DateOnly Start, int Days)? window)
    {
        if (window is null)
        {
            return null;
        }

        var periodFirst = week.AddDays(1 - Policy.ErrorBudgetPeriodDays);
        var periodTotal = data.Evidence.SloDays.Where(d => d.Slo == slo.Id && d.Date >= periodFirst && d.Date <= week).Sum(d => (decimal)d.Total);
        var budget = (1m - (slo.Objective / 100m)) * periodTotal;
        var burned = data.Evidence.SloDays.Where(d => d.Slo == slo.Id && d.Date >= window.Value.Start && d.Date <= week).Sum(d => (decimal)(d.Total - d.Good));
        if (burned == 0)
        {
            return "0";
        }

        return budget == 0 ? "inf" : (100m * burned / budget).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public GateStatus G7(DateOnly week, (DateOnly Start, int Days)? window)
    {
        if (window is null)
        {
            return GateStatus.Pending;
        }

        foreach (var slo in data.Evidence.Slos)
        {
            var burn = Burn(slo, week, window);
            if (burn == "inf" || (burn != "0" && decimal.Parse(burn!, System.Globalization.CultureInfo.InvariantCulture) > Policy.ErrorBudgetBurnMax))
            {
                return GateStatus.Fail;
            }
        }

        for (var day = window.Value.Start; day <= week; day = day.AddDays(1))
        {
            if (data.Evidence.Slos.Any(s => DayVerdict(s, day) == "unknown"))
            {
                return GateStatus.Pending;
            }
        }

        return GateStatus.Pass;
    }

    public bool ConsecutiveMiss(DateOnly week, (DateOnly Start, int Days)? window)
    {
        if (window is null)
        {
            return false;
        }

        foreach (var pillar in data.Evidence.Slos.Select(s => s.Pillar).Distinct())
        {
            for (var start = window.Value.Start; start.AddDays(Policy.SloConsecutiveMissDays - 1) <= week; start = start.AddDays(1))
            {
                var allMissed = true;
                for (var k = 0; k < Policy.SloConsecutiveMissDays; k++)
                {
                    allMissed &= data.Evidence.Slos.Where(s => s.Pillar == pillar).Any(s => DayVerdict(s, start.AddDays(k)) == "missed");
                }

                if (allMissed)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Runs of a check that count (not cancelled), finished on a UTC date up to the week, latest first.</summary>
    public List<CiRun> Runs(string check, DateOnly week, bool requiredOnly)
    {
        var all = data.Evidence.CiRuns.ToList();
        return all
            .Select((run, index) => (run, index))
            .Where(x => x.run.Check == check && x.run.Result != CiResult.Cancelled && (!requiredOnly || x.run.Required))
            .Where(x => DateOnly.FromDateTime(x.run.Finished.UtcDateTime) <= week)
            .OrderByDescending(x => x.run.Finished.UtcDateTime)
            .ThenByDescending(x => x.index)
            .Select(x => x.run)
            .ToList();
    }

    /// <summary>Null when not measured, else whether it is active.</summary>
    public bool? SmokeFailing(DateOnly week)
    {
        var runs = Runs(Policy.SmokeCheck, week, requiredOnly: true);
        if (runs.Count == 0)
        {
            return null;
        }

        var last = runs.Take(Policy.SmokeConsecutiveFailures).ToList();
        return last.Count == Policy.SmokeConsecutiveFailures && last.All(r => r.Result == CiResult.Fail);
    }

    public int SmokeFailuresInARow(DateOnly week)
    {
        var count = 0;
        foreach (var run in Runs(Policy.SmokeCheck, week, requiredOnly: true))
        {
            if (run.Result != CiResult.Fail)
            {
                break;
            }

            count++;
        }

        return count;
    }

    public GateStatus G4(DateOnly week)
    {
        bool InLast(DateOnly day, int days) => day <= week && day > week.AddDays(-days);

        var a = Policy.RequiredChecks.All(c => Runs(c, week, requiredOnly: true).Any(r => InLast(DateOnly.FromDateTime(r.Finished.UtcDateTime), Policy.CiRecentDays)));
        var b = Runs(Policy.NightlyCheck, week, requiredOnly: false).Any(r => InLast(DateOnly.FromDateTime(r.Finished.UtcDateTime), Policy.NightlyMaxAgeDays));
        var cHolds = true;
        var cOnlyLacksRuns = true;
        foreach (var check in Policy.RequiredChecks)
        {
            var last = Runs(check, week, requiredOnly: false).Take(Policy.FlakeWindowRuns).ToList();
            var flaky = last.Count(r => r.Result == CiResult.Flaky);
            var enough = last.Count == Policy.FlakeWindowRuns;
            var rateOk = 100m * flaky < Policy.FlakeRateMax * last.Count;
            if (!(enough && rateOk))
            {
                cHolds = false;
                cOnlyLacksRuns &= !enough && (rateOk || last.Count == 0);
            }
        }

        if (a && b && cHolds)
        {
            return GateStatus.Pass;
        }

        return a && b && cOnlyLacksRuns ? GateStatus.Pending : GateStatus.Fail;
    }

    public decimal? FlakeRate(string check, DateOnly week)
    {
        var last = Runs(check, week, requiredOnly: false).Take(Policy.FlakeWindowRuns).ToList();
        return last.Count == 0 ? null : 100m * last.Count(r => r.Result == CiResult.Flaky) / last.Count;
    }

    public GateStatus G6(DateOnly week, (DateOnly Start, int Days)? window)
    {
        if (window is null)
        {
            return GateStatus.Pending;
        }

        var drills = data.Evidence.Events.Where(e => e.Kind == EventKind.RollbackDrill && e.Date >= window.Value.Start && e.Date <= week).ToList();
        var runbook = data.Evidence.Events.Any(e => e.Kind == EventKind.RunbookUpdate && e.Outcome != EventOutcome.Fail && e.Date <= week);
        if (drills.Any(d => d.Outcome == EventOutcome.Pass) && runbook)
        {
            return GateStatus.Pass;
        }

        return drills.Count > 0 && drills.All(d => d.Outcome != EventOutcome.Pass) ? GateStatus.Fail : GateStatus.Pending;
    }

    public List<EventKind> Overdue(DateOnly week)
    {
        var overdue = new List<EventKind>();
        if (data.Evidence.Events.Count == 0)
        {
            return overdue;
        }

        foreach (var (kind, every) in new[] { (EventKind.RollbackDrill, Policy.RollbackDrillEveryDays), (EventKind.RedTeamSpotCheck, Policy.RedTeamSpotCheckEveryDays) })
        {
            var dates = data.Evidence.Events.Where(e => e.Kind == kind && e.Date <= week).Select(e => e.Date).ToList();
            var since = dates.Count > 0 ? dates.Max() : data.Weeks[0];
            if (week.DayNumber - since.DayNumber > every)
            {
                overdue.Add(kind);
            }
        }

        return overdue;
    }
}
