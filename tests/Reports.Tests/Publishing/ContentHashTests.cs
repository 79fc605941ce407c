using System.Collections.Immutable;
using System.Text;
using Reports.Pipeline;
using Reports.Publishing;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Publishing;

public class ContentHashTests
{
    // SHA-256("abc") = ba7816bf 8f01cfea … (FIPS 180-2 test vector).
    private static readonly byte[] Abc = Encoding.ASCII.GetBytes("abc");

    [Theory]
    [InlineData("assets/style.css", "assets/style.ba7816bf.css")]
    [InlineData("style.css", "style.ba7816bf.css")]
    [InlineData("assets/app.min.js", "assets/app.min.ba7816bf.js")]
    [InlineData("assets.v1/LICENSE", "assets.v1/LICENSE.ba7816bf")]
    [InlineData(".nojekyll", ".nojekyll.ba7816bf")]
    public void Should_put_the_first_eight_hex_digits_of_the_sha256_before_the_extension(string path, string expected)
    {
        Assert.Equal(expected, ContentHash.Fingerprint(path, Abc));
    }

    [Fact]
    public void Should_change_the_name_when_the_content_changes()
    {
        Assert.NotEqual(ContentHash.Of("body{}"u8), ContentHash.Of("body{ }"u8));
        Assert.Equal(8, ContentHash.Of([]).Length);
    }

    [Fact]
    public void Should_rename_published_documents_and_map_their_old_names()
    {
        var inputs = ImmutableArray.Create(Document.FromBytes([.. Abc], "assets/style.css"), Document.Compute());

        var outputs = new FingerprintFiles().Execute(inputs, Contexts.Standalone());

        Assert.Equal("assets/style.ba7816bf.css", outputs[0].Destination);
        Assert.Null(outputs[1].Destination);
        Assert.Equal("assets/style.ba7816bf.css", FingerprintFiles.Map(outputs)["assets/style.css"]);
    }
}
