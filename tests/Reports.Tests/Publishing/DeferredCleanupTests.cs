using System.Collections.Immutable;
using System.Text;
using Reports.Publishing;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Publishing;

/// <summary>
/// A writer in preview mode publishes the same site, overwrites in place what does not shrink, and leaves the old
/// copies of what it replaced for the caller to delete.
/// </summary>
public sealed class DeferredCleanupTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private OutputSafety Safety => new(_work.PathOf("site"), [_work.PathOf("site/data")]);

    private static ImmutableSortedDictionary<string, ImmutableArray<byte>> Site(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    [Fact]
    public void Should_leave_replaced_and_removed_files_in_the_trash_and_the_site_in_place()
    {
        Directory.CreateDirectory(_work.PathOf("site"));
        Assert.Null(OutputWriter.Write(Site(("index.html", "version 1"), ("old/index.html", "old")), "output", Safety, mode: WriteMode.Preview).PendingCleanup);

        var result = OutputWriter.Write(Site(("index.html", "v2"), ("new/index.html", "new")), "output", Safety, mode: WriteMode.Preview);

        Assert.Equal("v2", File.ReadAllText(_work.PathOf("site/output/index.html")));
        Assert.Equal("new", File.ReadAllText(_work.PathOf("site/output/new/index.html")));
        Assert.False(Directory.Exists(_work.PathOf("site/output/old")));
        Assert.Equal(_work.PathOf("site/.output-trash"), result.PendingCleanup);
        var trash = Directory.EnumerateFiles(result.PendingCleanup!).Select(File.ReadAllText).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("version 1", trash);
        Assert.Contains("old", trash);
        Assert.False(Directory.Exists(_work.PathOf("site/.output-staging")));
    }

    [Theory]
    [InlineData("v1", "v2", true)]
    [InlineData("v1", "v2 and more", true)]
    [InlineData("version 1", "v2", false)]
    public void Should_overwrite_in_place_only_files_that_do_not_shrink(string before, string after, bool inPlace)
    {
        Directory.CreateDirectory(_work.PathOf("site"));
        OutputWriter.Write(Site(("index.html", before)), "output", Safety, mode: WriteMode.Preview);
        // A second name for the file as it is: it sees an overwrite in place, and keeps the old bytes when the file is replaced.
        HardLink(_work.PathOf("site/output/index.html"), _work.PathOf("site/link.html"));

        var result = OutputWriter.Write(Site(("index.html", after)), "output", Safety, mode: WriteMode.Preview);

        Assert.Equal(1, result.Written);
        Assert.Equal(after, File.ReadAllText(_work.PathOf("site/output/index.html")));
        Assert.Equal(inPlace ? after : before, File.ReadAllText(_work.PathOf("site/link.html")));
    }

    [Fact]
    public void Should_replace_every_changed_file_when_publishing()
    {
        Directory.CreateDirectory(_work.PathOf("site"));
        OutputWriter.Write(Site(("index.html", "v1")), "output", Safety);
        HardLink(_work.PathOf("site/output/index.html"), _work.PathOf("site/link.html"));

        OutputWriter.Write(Site(("index.html", "v2")), "output", Safety);

        Assert.Equal("v2", File.ReadAllText(_work.PathOf("site/output/index.html")));
        Assert.Equal("v1", File.ReadAllText(_work.PathOf("site/link.html")));
    }

    private static void HardLink(string existing, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    [Fact]
    public void Should_delete_a_trash_folder_nobody_cleaned_up_on_the_next_write()
    {
        Directory.CreateDirectory(_work.PathOf("site"));
        OutputWriter.Write(Site(("index.html", "v1")), "output", Safety);
        var left = OutputWriter.Write(Site(("index.html", "v2")), "output", Safety, mode: WriteMode.Preview).PendingCleanup;
        Assert.True(Directory.Exists(left));

        var next = OutputWriter.Write(Site(("index.html", "v3")), "output", Safety);

        Assert.True(next.Succeeded);
        Assert.Null(next.PendingCleanup);
        Assert.False(Directory.Exists(left));
        Assert.Equal("v3", File.ReadAllText(_work.PathOf("site/output/index.html")));
    }

    [Fact]
    public void Should_refuse_a_trash_folder_it_did_not_make()
    {
        Directory.CreateDirectory(_work.PathOf("site/.output-trash"));
        File.WriteAllText(_work.PathOf("site/.output-trash/keep.txt"), "someone's file");

        var result = OutputWriter.Write(Site(("index.html", "v1")), "output", Safety);

        Assert.False(result.Succeeded);
        Assert.True(File.Exists(_work.PathOf("site/.output-trash/keep.txt")));
    }
}
