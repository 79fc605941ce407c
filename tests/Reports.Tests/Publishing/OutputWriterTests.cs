using System.Collections.Immutable;
using System.Text;
using Reports.Publishing;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Publishing;

public sealed class OutputWriterTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private readonly TempFolder _work = new();

    public OutputWriterTests()
    {
        Safety = new OutputSafety(_work.PathOf("site"), [_work.PathOf("site/data"), _work.PathOf("site/input"), _work.PathOf("site/theme")]);
        Directory.CreateDirectory(_work.PathOf("site"));
    }

    private OutputSafety Safety { get; }

    private string Output => _work.PathOf("site/output");

    public void Dispose() => _work.Dispose();

    private static ImmutableSortedDictionary<string, ImmutableArray<byte>> Site(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => ImmutableArray.Create(Encoding.UTF8.GetBytes(f.Text)), StringComparer.Ordinal);

    private PublishResult Publish(params (string Path, string Text)[] files)
    {
        var result = OutputWriter.Write(Site(files), "output", Safety);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Every file under a folder with its bytes and modification time: equal snapshots mean nothing changed.</summary>
    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(File.ReadAllBytes(f)) + "@" + File.GetLastWriteTimeUtc(f).Ticks),
            StringComparer.Ordinal);

    [Fact]
    public void Should_create_the_output_folder_with_every_file_and_the_marker()
    {
        var result = Publish(("index.html", "home"), ("weeks/2026-02-18/index.html", "week 2"));

        Assert.Equal((2, 0, 0), (result.Written, result.Unchanged, result.Removed));
        Assert.Equal("week 2", File.ReadAllText(Path.Combine(Output, "weeks", "2026-02-18", "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, OutputWriter.MarkerFileName)));
        Assert.False(Directory.Exists(_work.PathOf("site/.output-staging")));
    }

    [Fact]
    public void Should_leave_unchanged_files_untouched_so_they_keep_their_modification_time()
    {
        Publish(("index.html", "home"), ("about/index.html", "about"));
        File.SetLastWriteTimeUtc(Path.Combine(Output, "index.html"), LongAgo);
        File.SetLastWriteTimeUtc(Path.Combine(Output, "about", "index.html"), LongAgo);

        var result = Publish(("index.html", "home"), ("about/index.html", "about, edited"));

        Assert.Equal((1, 1, 0), (result.Written, result.Unchanged, result.Removed));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "about", "index.html")));
        Assert.Equal("about, edited", File.ReadAllText(Path.Combine(Output, "about", "index.html")));
    }

    [Fact]
    public void Should_stage_a_streamed_file_and_keep_the_published_one_when_its_bytes_are_the_same()
    {
        Assert.Equal(1, Stream("api/weeks.json", "[1]").Written);
        var file = Path.Combine(Output, "api", "weeks.json");
        File.SetLastWriteTimeUtc(file, LongAgo);

        var same = Stream("api/weeks.json", "[1]");
        Assert.Equal((0, 1), (same.Written, same.Unchanged));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(file));

        var longer = Stream("api/weeks.json", "[1, 2]");
        Assert.Equal((1, 0), (longer.Written, longer.Unchanged));
        Assert.Equal("[1, 2]", File.ReadAllText(file));

        Assert.Equal(1, Stream("api/weeks.json", "[1, 3]").Written);
        Assert.Equal("[1, 3]", File.ReadAllText(file));
    }

    /// <summary>Publishes one file whose bytes are written into the staging stream, as a streamed document is.</summary>
    private PublishResult Stream(string path, string text)
    {
        var (staged, refused) = OutputWriter.Begin(new HashSet<string>(StringComparer.Ordinal) { path }, "output", Safety);
        Assert.Empty(refused);
        using (staged)
        {
            staged!.AddStreamed(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)));
            var result = staged.Commit();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result;
        }
    }

    [Fact]
    public void Should_remove_files_no_longer_produced_and_the_folders_they_leave_empty()
    {
        Publish(("index.html", "home"), ("weeks/2026-02-17/index.html", "w1"), ("weeks/2026-02-18/index.html", "w2"), ("old/deep/page.html", "x"));
        File.WriteAllText(Path.Combine(Output, "stray.txt"), "left by hand");

        var result = Publish(("index.html", "home"), ("weeks/2026-02-18/index.html", "w2"));

        Assert.Equal((0, 2, 3), (result.Written, result.Unchanged, result.Removed));
        Assert.Equal([OutputWriter.MarkerFileName, "index.html", Path.Combine("weeks", "2026-02-18", "index.html")], Snapshot(Output).Keys);
        Assert.False(Directory.Exists(Path.Combine(Output, "old")));
        Assert.False(Directory.Exists(Path.Combine(Output, "weeks", "2026-02-17")));
    }

    [Fact]
    public void Should_replace_a_folder_by_a_file_of_the_same_name()
    {
        Publish(("feed/index.xml", "old"));

        Publish(("feed", "new"));

        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "feed")));
    }

    [Fact]
    public void Should_publish_into_an_existing_empty_folder()
    {
        Directory.CreateDirectory(Output);

        Publish(("index.html", "home"));

        Assert.True(File.Exists(Path.Combine(Output, OutputWriter.MarkerFileName)));
    }

    [Fact]
    public void Should_refuse_a_non_empty_folder_that_reports_did_not_create()
    {
        _work.Write("site/output/thesis.docx", "years of work");
        var before = Snapshot(Output);

        var result = OutputWriter.Write(Site(("index.html", "home")), "output", Safety);

        Assert.Equal(PublishingErrors.NotOurFolderCode, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Snapshot(Output));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/.")]
    public void Should_refuse_a_file_system_root(string folder)
    {
        Assert.Equal(PublishingErrors.FilesystemRootCode, Assert.Single(Safety.Check(folder)).Code);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("./")]
    [InlineData("..")]
    public void Should_refuse_the_current_directory_and_its_ancestors(string folder)
    {
        Assert.Equal(PublishingErrors.CurrentDirectoryCode, Assert.Single(Safety.Check(folder)).Code);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("input/site")]
    [InlineData("theme/../theme")]
    public void Should_refuse_a_folder_overlapping_a_source_folder(string folder)
    {
        Assert.Equal(PublishingErrors.OverlapsSourceCode, Assert.Single(Safety.Check(folder)).Code);
    }

    [Fact]
    public void Should_refuse_an_ancestor_of_a_source_folder_outside_the_current_directory()
    {
        var safety = new OutputSafety(_work.PathOf("elsewhere"), [_work.PathOf("project/data")]);

        Assert.Equal(PublishingErrors.OverlapsSourceCode, Assert.Single(safety.Check(_work.PathOf("project"))).Code);
    }

    [Fact]
    public void Should_refuse_an_output_path_that_is_a_file()
    {
        _work.Write("site/output", "a file");

        Assert.Equal(PublishingErrors.OutputIsFileCode, Assert.Single(Safety.Check("output")).Code);
    }

    [Fact]
    public void Should_leave_the_existing_output_byte_identical_when_the_site_is_inconsistent()
    {
        Publish(("index.html", "home"), ("weeks/index.html", "weeks"));
        var before = Snapshot(Output);

        var result = OutputWriter.Write(Site(("index.html", "new home"), ("weeks", "file"), ("weeks/a.html", "a")), "output", Safety);

        Assert.Equal(PublishingErrors.FileFolderConflictCode, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Snapshot(Output));
    }

    [Fact]
    public void Should_leave_the_existing_output_byte_identical_when_staging_fails()
    {
        Publish(("index.html", "home"));
        var before = Snapshot(Output);
        _work.Write("site/.output-staging/foreign.txt", "not ours");

        var result = OutputWriter.Write(Site(("index.html", "new home")), "output", Safety);

        Assert.Equal(PublishingErrors.StagingNotOursCode, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal("not ours", _work.Read("site/.output-staging/foreign.txt"));
    }

    [Fact]
    public void Should_replace_a_staging_folder_left_by_an_interrupted_run()
    {
        _work.Write($"site/.output-staging/{OutputWriter.MarkerFileName}", "").Write("site/.output-staging/half.html", "half");

        Publish(("index.html", "home"));

        Assert.False(Directory.Exists(_work.PathOf("site/.output-staging")));
        Assert.False(File.Exists(Path.Combine(Output, "half.html")));
    }

    [Fact]
    public void Should_never_delete_through_a_symbolic_link_out_of_the_output_folder()
    {
        Publish(("index.html", "home"));
        _work.Write("precious/keep.txt", "keep");
        Directory.CreateSymbolicLink(Path.Combine(Output, "linked"), _work.PathOf("precious"));

        Publish(("about.html", "about"));

        Assert.Equal("keep", _work.Read("precious/keep.txt"));
        Assert.True(Directory.Exists(Path.Combine(Output, "linked")));
        Assert.False(File.Exists(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public void Should_refuse_a_source_folder_reached_through_a_link_anywhere_along_the_output_path()
    {
        Directory.CreateDirectory(_work.PathOf("x"));
        Directory.CreateSymbolicLink(_work.PathOf("x/linkcwd"), _work.PathOf("site"));

        Assert.Equal(PublishingErrors.OverlapsSourceCode, Assert.Single(Safety.Check(_work.PathOf("x/linkcwd/data/sub"))).Code);
        Assert.Equal(PublishingErrors.CurrentDirectoryCode, Assert.Single(Safety.Check(_work.PathOf("x/linkcwd/output/.."))).Code);
    }

    [Fact]
    public void Should_replace_a_link_where_the_site_puts_a_folder_or_file_and_never_write_through_it()
    {
        Publish(("index.html", "home"));
        _work.Write("elsewhere/keep.txt", "keep");
        Directory.CreateSymbolicLink(Path.Combine(Output, "weeks"), _work.PathOf("elsewhere"));
        File.CreateSymbolicLink(Path.Combine(Output, "about.html"), _work.PathOf("elsewhere/keep.txt"));

        Publish(("index.html", "home"), ("weeks/a.html", "week a"), ("about.html", "about"));

        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(_work.PathOf("elsewhere")).Select(Path.GetFileName));
        Assert.Equal("keep", _work.Read("elsewhere/keep.txt"));
        Assert.Null(new DirectoryInfo(Path.Combine(Output, "weeks")).LinkTarget);
        Assert.Null(new FileInfo(Path.Combine(Output, "about.html")).LinkTarget);
        Assert.Equal("week a", File.ReadAllText(Path.Combine(Output, "weeks", "a.html")));
    }
}
