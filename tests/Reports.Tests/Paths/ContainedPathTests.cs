using Reports.Paths;
using Reports.Tests.Pipeline;

namespace Reports.Tests.Paths;

/// <summary>The one rule for paths: where a path resolves, link by link, and whether a walk may read it.</summary>
public sealed class ContainedPathTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    [Fact]
    public void Should_resolve_a_link_in_the_middle_of_a_path_that_does_not_exist_yet()
    {
        Directory.CreateDirectory(_work.PathOf("repo/data"));
        Directory.CreateDirectory(_work.PathOf("x"));
        Directory.CreateSymbolicLink(_work.PathOf("x/linkcwd"), _work.PathOf("repo"));

        Assert.Equal(_work.PathOf("repo/data/sub"), ContainedPath.Resolve(_work.PathOf("x/linkcwd/data/sub")));
        Assert.Equal(_work.PathOf("repo/data"), ContainedPath.Resolve("linkcwd/data", _work.PathOf("x")));
    }

    [Fact]
    public void Should_step_out_of_the_resolved_folder_on_dot_dot_as_the_system_does()
    {
        Directory.CreateDirectory(_work.PathOf("deep/inside"));
        Directory.CreateDirectory(_work.PathOf("folder"));
        Directory.CreateSymbolicLink(_work.PathOf("folder/link"), _work.PathOf("deep/inside"));

        Assert.Equal(_work.PathOf("deep/file"), ContainedPath.Resolve(_work.PathOf("folder/link/../file")));
        Assert.False(ContainedPath.StaysInside(_work.PathOf("folder"), _work.PathOf("folder/link/../file")));
    }

    [Fact]
    public void Should_give_up_on_links_that_loop()
    {
        Directory.CreateDirectory(_work.PathOf("f"));
        File.CreateSymbolicLink(_work.PathOf("f/a"), _work.PathOf("f/b"));
        File.CreateSymbolicLink(_work.PathOf("f/b"), _work.PathOf("f/a"));

        Assert.Null(ContainedPath.Resolve(_work.PathOf("f/a")));
        Assert.False(ContainedPath.StaysInside(_work.PathOf("f"), _work.PathOf("f/a")));
    }

    [Fact]
    public void Should_list_links_inside_the_folder_and_report_links_leaving_it_without_entering_any()
    {
        _work.Write("outside/secret.txt", "secret").Write("folder/a.txt", "a").Write("folder/sub/b.txt", "b");
        File.CreateSymbolicLink(_work.PathOf("folder/to-a.txt"), "a.txt");
        File.CreateSymbolicLink(_work.PathOf("folder/secret.txt"), _work.PathOf("outside/secret.txt"));
        Directory.CreateSymbolicLink(_work.PathOf("folder/root"), "/");
        Directory.CreateSymbolicLink(_work.PathOf("folder/again"), _work.PathOf("folder/sub"));

        var contents = FolderWalk.List(_work.PathOf("folder"));

        Assert.Equal(["a.txt", "sub/b.txt", "to-a.txt"], contents.Files.Select(f => f.RelativePath));
        Assert.Equal(_work.PathOf("folder/a.txt"), contents.Files.Single(f => f.RelativePath == "to-a.txt").PhysicalPath);
        Assert.Equal(["sub"], contents.Folders.AsEnumerable());
        Assert.Equal(["root", "secret.txt"], contents.LinksLeaving.AsEnumerable());
    }
}
