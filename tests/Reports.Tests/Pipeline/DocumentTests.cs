using Reports.Pipeline;

namespace Reports.Tests.Pipeline;

public class DocumentTests
{
    private static readonly MetadataKey<int> Order = new("order");
    private static readonly MetadataKey<int> OtherOrder = new("order");
    private static readonly MetadataKey<string> Title = new("title");

    [Fact]
    public void Should_return_a_changed_clone_and_leave_the_original_untouched()
    {
        var original = Document.FromText("body", "a/index.html").With(Title, "A");

        var changed = original.With(Title, "B").WithText("new body");

        Assert.Equal("A", original.Get(Title));
        Assert.Equal("body", original.Content.AsText());
        Assert.Equal("B", changed.Get(Title));
        Assert.Equal("new body", changed.Content.AsText());
        Assert.Equal("a/index.html", changed.Destination);
    }

    [Fact]
    public void Should_keep_keys_with_the_same_name_apart()
    {
        var document = Document.Compute().With(Order, 1).With(OtherOrder, 2);

        Assert.Equal(1, document.Get(Order));
        Assert.Equal(2, document.Get(OtherOrder));
    }

    [Fact]
    public void Should_name_the_key_when_metadata_is_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Document.FromText("", "x.html").Get(Title));

        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.False(Document.Compute().TryGet(Title, out _));
        Assert.Equal("none", Document.Compute().GetOrDefault(Title, "none"));
    }

    [Theory]
    [InlineData("/index.html")]
    [InlineData("weeks/../../etc/passwd")]
    [InlineData("weeks\\a.html")]
    [InlineData("weeks//a.html")]
    [InlineData("weeks/")]
    [InlineData("C:/x.html")]
    [InlineData("")]
    public void Should_refuse_a_destination_that_could_leave_the_output_folder(string destination)
    {
        Assert.Throws<ArgumentException>(() => Document.FromText("", destination));
    }

    [Fact]
    public void Should_encode_text_as_utf8_without_bom()
    {
        var bytes = DocumentContent.FromText("é").AsBytes();

        Assert.Equal(new byte[] { 0xC3, 0xA9 }, bytes.ToArray());
        Assert.Equal("é", DocumentContent.FromBytes([0xC3, 0xA9]).AsText());
    }
}
