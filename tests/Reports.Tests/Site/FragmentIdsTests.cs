using Reports.Site.Views;

namespace Reports.Tests.Site;

public class FragmentIdsTests
{
    [Theory]
    [InlineData("KI-1", "KI-1")]
    [InlineData("H 2", "H-2")]
    [InlineData("  M-1 ", "M-1")]
    [InlineData("1st", "id-1st")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("\"><img src=x onerror=alert(1)>", "img-src-x-onerror-alert-1")]
    [InlineData("###", "id")]
    [InlineData("Ünïcødé", "n-c-d")]
    public void Should_keep_safe_characters_and_collapse_the_rest(string id, string expected) =>
        Assert.Equal(expected, FragmentIds.Sanitize(id));

    [Fact]
    public void Should_give_colliding_ids_numbered_suffixes_in_order()
    {
        var assigned = FragmentIds.Assign(["KI 1", "KI-1", "KI_1", "ki-1"]);

        Assert.Equal("KI-1", assigned["KI 1"]);
        Assert.Equal("KI-1-2", assigned["KI-1"]);
        Assert.Equal("KI_1", assigned["KI_1"]);
        Assert.Equal("ki-1-3", assigned["ki-1"]);
    }
}
