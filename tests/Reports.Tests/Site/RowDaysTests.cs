using Reports.Domain;
using Reports.Site.Views;

namespace Reports.Tests.Site;

/// <summary>The tables' day counts at their edges, all as of the latest scored week's date.</summary>
public sealed class RowDaysTests
{
    private static readonly DateOnly Week = new(2026, 2, 18);
    private static readonly RowDays Days = new(Week);

    [Fact]
    public void Age_counts_the_days_open_as_of_the_latest_week()
    {
        Assert.Equal(0, Days.Age(Week, null));
        Assert.Equal(1, Days.Age(Week.AddDays(-1), null));
        Assert.Equal(1, Days.Age(Week.AddDays(-1), Week.AddDays(1)));
    }

    [Fact]
    public void A_row_closed_on_or_before_the_week_or_opened_after_it_has_no_age()
    {
        Assert.Null(Days.Age(Week.AddDays(-3), Week));
        Assert.Null(Days.Age(Week.AddDays(1), null));
        Assert.Null(new RowDays(null).Age(Week, null));
    }

    [Fact]
    public void Days_to_close_counts_from_opening_to_closing()
    {
        Assert.Equal(0, RowDays.DaysToClose(Week, Week));
        Assert.Equal(7, RowDays.DaysToClose(Week, Week.AddDays(7)));
        Assert.Null(RowDays.DaysToClose(Week, null));
    }

    [Fact]
    public void Due_today_is_not_overdue_due_yesterday_is()
    {
        var today = Finding(due: Week);
        var yesterday = Finding(due: Week.AddDays(-1));

        Assert.False(Days.IsOverdue(today));
        Assert.Equal("due today", Days.DueNote(today));
        Assert.True(Days.IsOverdue(yesterday));
        Assert.Equal("overdue by 1 day", Days.DueNote(yesterday));
        Assert.Equal("due in 2 days", Days.DueNote(Finding(due: Week.AddDays(2))));
    }

    [Fact]
    public void A_resolved_finding_or_one_without_a_due_date_has_no_due_note()
    {
        Assert.Equal("", Days.DueNote(Finding(due: Week.AddDays(-5)) with { Status = FindingStatus.Fixed, Closed = Week }));
        Assert.False(Days.IsOverdue(Finding(due: Week.AddDays(-5)) with { Status = FindingStatus.Fixed, Closed = Week }));
        Assert.Equal("", Days.DueNote(Finding(due: null)));
        Assert.Equal("", new RowDays(null).DueNote(Finding(due: Week.AddDays(-5))));
    }

    private static Finding Finding(DateOnly? due) =>
        new("KI-1", "A finding", Priority.P0, "known-issue", FindingStatus.Open, Week.AddDays(-10), null, "") { Due = due };
}
