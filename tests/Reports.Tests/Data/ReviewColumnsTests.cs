using Reports.Data;
using Reports.Domain;

namespace Reports.Tests.Data;

/// <summary>The weekly review's optional columns and policy keys: read when present, checked like every other cell.</summary>
public sealed class ReviewColumnsTests
{
    private const string FindingsHeader = "id,title,priority,source,status,opened,closed,evidence,owner,due,link,pillar,regression_test\n";
    private const string IncidentsHeader = "id,severity,pillar,title,opened,resolved,summary,link,class,owner\n";

    [Fact]
    public void Findings_read_owner_due_link_pillar_and_regression_test()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Findings, FindingsHeader
            + "KI-1,Parser fix,P0,known-issue,fixed,2026-02-10,2026-02-18,,Steph,2026-02-20,https://example.org/ki-1,auth,`parser.test.ts` covers `a|b`\n"
            + "KI-2,Deadlock,P0,known-issue,open,2026-02-10,,,,,,,\n");

        var data = DataFolderLoader.Load(folder.Path);

        Assert.Empty(data.Diagnostics);
        var fixedOne = data.Value!.Findings[0];
        Assert.Equal("Steph", fixedOne.Owner);
        Assert.Equal(new DateOnly(2026, 2, 20), fixedOne.Due);
        Assert.Equal("https://example.org/ki-1", fixedOne.Link);
        Assert.Equal("auth", fixedOne.Pillar);
        Assert.Equal("`parser.test.ts` covers `a|b`", fixedOne.RegressionTest);
        var open = data.Value.Findings[1];
        Assert.Null(open.Owner);
        Assert.Null(open.Due);
        Assert.Null(open.Pillar);
        Assert.Equal("", open.RegressionTest);
    }

    [Fact]
    public void Bad_due_link_and_pillar_are_reported_at_their_cells()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Findings, FindingsHeader + "KI-1,Parser fix,P2,known-issue,open,2026-02-10,,,Steph,2026-02-30,javascript:alert(1),autth,\n");

        var codes = DataFolderLoader.Load(folder.Path).Diagnostics.Select(folder.Describe).ToArray();

        Assert.Equal(["findings.csv(2,56): RPT032", "findings.csv(2,67): RPT038", "findings.csv(2,87): RPT052"], codes);
    }

    [Theory]
    [InlineData("P0", "fixed", "", true)]
    [InlineData("P1", "fixed", "", true)]
    [InlineData("P2", "fixed", "", false)]
    [InlineData("P0", "mitigated", "", false)]
    [InlineData("P0", "fixed", "`repro.test.ts`", false)]
    public void A_P0_or_P1_fixed_without_a_regression_test_is_a_warning(string priority, string status, string test, bool warned)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Findings, FindingsHeader + $"KI-1,Parser fix,{priority},known-issue,{status},2026-02-10,2026-02-18,,,,,,{test}\n");

        var result = DataFolderLoader.Load(folder.Path);

        Assert.True(result.Succeeded);
        var warnings = result.Diagnostics.Where(d => d.Code == "RPT076").Select(d => d.ToString()).ToList();
        if (warned)
        {
            Assert.Contains($"findings.csv(2,65): warning RPT076: {priority} finding 'KI-1' is fixed but names no regression test", Assert.Single(warnings), StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(warnings);
        }
    }

    [Fact]
    public void Without_the_regression_test_column_no_fixed_finding_is_warned_about()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Findings, "id,title,priority,source,status,opened,closed\nKI-1,Parser fix,P0,known-issue,fixed,2026-02-10,2026-02-18\n");

        Assert.Empty(DataFolderLoader.Load(folder.Path).Diagnostics);
    }

    [Fact]
    public void Incident_class_is_a_slug_compared_in_lower_case()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Incidents, IncidentsHeader
            + "INC-1,sev2,video,Stall,2026-02-10,2026-02-12,,,Bootstrap-Deadlock,Ana\n"
            + "INC-2,sev3,video,Stall,2026-02-11,,,,,\n");

        var data = DataFolderLoader.Load(folder.Path);

        Assert.Empty(data.Diagnostics);
        Assert.Equal("bootstrap-deadlock", data.Value!.Incidents[0].Class);
        Assert.Equal("Ana", data.Value.Incidents[0].Owner);
        Assert.Null(data.Value.Incidents[1].Class);
        Assert.Null(data.Value.Incidents[1].Owner);
    }

    [Theory]
    [InlineData("boot strap")]
    [InlineData("deadlock-")]
    [InlineData("a--b")]
    [InlineData("déjà-vu")]
    public void An_incident_class_that_is_not_a_slug_is_an_error_at_its_cell(string value)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Incidents, IncidentsHeader + $"INC-1,sev2,video,Stall,2026-02-10,,,,{value},\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal("incidents.csv(2,38): RPT077", folder.Describe(diagnostic));
        Assert.Contains("such as bootstrap-deadlock", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_policy_defaults_are_the_plans()
    {
        var review = Policy.Default.Review;

        Assert.Null(review.Owner);
        Assert.Equal(new DayTarget(14, 28), Policy.Default.PhaseTarget(1));
        Assert.Equal(new DayTarget(7, 14), Policy.Default.PhaseTarget(2));
        Assert.Null(Policy.Default.PhaseTarget(3));
        Assert.Equal(28, review.RepeatWindowDays);
        Assert.Equal(6, review.ForecastWeeks);
    }

    [Fact]
    public void Review_policy_keys_are_read()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Policy, "key,value\nowner,Steph\nphase1_target_days,10;20\nphase2_target_days, 5 ; 9 \nrepeat_window_days,14\nforecast_weeks,3\n");

        var data = DataFolderLoader.Load(folder.Path);

        Assert.Empty(data.Diagnostics);
        var policy = data.Value!.Policy;
        Assert.Equal("Steph", policy.Review.Owner);
        Assert.Equal(new DayTarget(10, 20), policy.PhaseTarget(1));
        Assert.Equal(new DayTarget(5, 9), policy.PhaseTarget(2));
        Assert.Equal(14, policy.Review.RepeatWindowDays);
        Assert.Equal(3, policy.Review.ForecastWeeks);
    }

    [Theory]
    [InlineData("phase1_target_days,28;14", "RPT075")]
    [InlineData("phase1_target_days,14", "RPT075")]
    [InlineData("phase2_target_days,0;7", "RPT075")]
    [InlineData("phase2_target_days,7;x", "RPT075")]
    [InlineData("forecast_weeks,2", "RPT036")]
    [InlineData("repeat_window_days,0", "RPT036")]
    public void A_bad_review_setting_is_an_error_at_its_value(string row, string code)
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Policy, "key,value\n" + row + "\n");

        var diagnostic = Assert.Single(DataFolderLoader.Load(folder.Path).Diagnostics);

        Assert.Equal($"policy.csv(2,{row.IndexOf(',', StringComparison.Ordinal) + 2}): {code}", folder.Describe(diagnostic));
    }

    [Fact]
    public void The_phase_2_target_follows_the_validation_window_unless_set()
    {
        using var folder = TempDataFolder.FromBaseline();
        folder.Write(DataFiles.Policy, "key,value\nvalidation_window_min_days,10\nvalidation_window_max_days,21\n");

        Assert.Equal(new DayTarget(10, 21), DataFolderLoader.Load(folder.Path).Value!.Policy.PhaseTarget(2));
    }
}
