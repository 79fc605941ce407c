using Reports.Scoring;

namespace Reports.Tests.Scoring;

/// <summary>The sweep that finds open items per week gives what the contract's rule gives item by item.</summary>
public class OpenOnDayTests
{
    private sealed record Item(int Id, DateOnly Opened, DateOnly? End);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_list_what_the_rule_lists_in_file_order_for_every_day(int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2026, 1, 5);
        var items = Enumerable.Range(0, 300).Select(i =>
        {
            var opened = start.AddDays(random.Next(0, 200));
            DateOnly? end = random.Next(5) == 0 ? null : opened.AddDays(random.Next(0, 30));
            return new Item(i, opened, end);
        }).ToList();
        var sweep = new OpenOnDay<Item>(items, i => i.Opened, i => i.End);

        for (var day = start.AddDays(-3); day < start.AddDays(240); day = day.AddDays(random.Next(0, 8)))
        {
            var expected = items.Where(i => i.Opened <= day && (i.End is null || i.End > day)).Select(i => i.Id);
            Assert.Equal(expected, sweep.On(day).Select(i => i.Id));
        }
    }

    [Fact]
    public void Should_refuse_a_day_before_the_last_one()
    {
        var sweep = new OpenOnDay<Item>([], i => i.Opened, i => i.End);
        sweep.On(new DateOnly(2026, 2, 18));

        Assert.Throws<InvalidOperationException>(() => sweep.On(new DateOnly(2026, 2, 17)));
    }
}
