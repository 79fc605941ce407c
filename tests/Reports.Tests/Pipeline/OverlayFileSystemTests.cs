using Reports.Pipeline;
using Reports.Pipeline.Modules;

namespace Reports.Tests.Pipeline;

public sealed class OverlayFileSystemTests : IDisposable
{
    private readonly TempFolder _site = new();

    public void Dispose() => _site.Dispose();

    private OverlayFileSystem Files() =>
        new(new FileLayer("input", _site.PathOf("input")), new FileLayer("theme", _site.PathOf("theme")));

    [Fact]
    public void Should_let_an_input_file_override_the_theme_file_at_the_same_path()
    {
        _site.Write("theme/layouts/base.liquid", "theme base")
            .Write("theme/layouts/week.liquid", "theme week")
            .Write("input/layouts/base.liquid", "input base");

        var files = Files();

        Assert.Equal("input base", files.ReadAllText("layouts/base.liquid"));
        Assert.Equal("theme week", files.ReadAllText("layouts/week.liquid"));
        Assert.True(files.TryGetFile("layouts/base.liquid", out var file));
        Assert.Equal("input/layouts/base.liquid", file.DisplayPath);
    }

    [Fact]
    public void Should_list_the_merged_tree_in_ordinal_order()
    {
        _site.Write("theme/b.css", "").Write("theme/assets/Z.css", "").Write("input/a.md", "")
            .Write("input/assets/a.css", "").Write("theme/assets/a.css", "");

        var files = Files();

        Assert.Equal(["a.md", "assets/Z.css", "assets/a.css", "b.css"], files.Files.Select(f => f.RelativePath));
        Assert.Equal(["input", "theme", "input", "theme"], files.Files.Select(f => f.Layer.DisplayName));
        Assert.Equal(["assets/Z.css", "assets/a.css"], files.EnumerateFiles("assets", ".css").Select(f => f.RelativePath));
    }

    [Fact]
    public void Should_skip_dot_files_and_dot_folders()
    {
        _site.Write("theme/.DS_Store", "").Write("theme/.git/config", "").Write("theme/assets/.keep", "").Write("theme/site.css", "");

        Assert.Equal(["site.css"], Files().Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Should_treat_a_missing_layer_folder_as_empty()
    {
        _site.Write("theme/site.css", "x");

        Assert.Equal(["site.css"], Files().Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Should_never_resolve_a_path_outside_its_layers()
    {
        _site.Write("secret.txt", "secret").Write("theme/site.css", "");

        var files = Files();

        Assert.False(files.Exists("../secret.txt"));
        Assert.False(files.GetFileInfo("../secret.txt").Exists);
        Assert.Throws<FileNotFoundException>(() => files.ReadAllText("../secret.txt"));
    }

    [Fact]
    public void Should_serve_files_and_folders_to_an_IFileProvider_reader()
    {
        _site.Write("theme/partials/nav.liquid", "nav").Write("input/partials/sub/x.liquid", "x");

        var files = Files();
        var info = files.GetFileInfo("/partials/nav.liquid");
        using var reader = new StreamReader(info.CreateReadStream());

        Assert.True(info.Exists);
        Assert.Equal("nav.liquid", info.Name);
        Assert.Equal("nav", reader.ReadToEnd());
        Assert.Equal(["nav.liquid", "sub"], files.GetDirectoryContents("partials").Select(e => e.Name));
        Assert.False(files.GetDirectoryContents("nowhere").Exists);
    }

    [Fact]
    public void Should_copy_assets_with_the_input_override_byte_for_byte()
    {
        _site.Write("theme/assets/site.css", "body{}").Write("input/assets/site.css", "body{color:red}").Write("theme/assets/app.js", "");

        var copied = new CopyFiles("assets").Execute([], Contexts.Standalone(Files()));

        Assert.Equal(["assets/app.js", "assets/site.css"], copied.Select(d => d.Destination));
        Assert.Equal("body{color:red}", copied[1].Content.AsText());
        Assert.Equal("input/assets/site.css", copied[1].Source);
    }

    [Fact]
    public void Should_read_text_files_without_a_destination()
    {
        _site.Write("input/weeks/2026-02-18.md", "# Week 2").Write("input/weeks/2026-02-17.md", "# Week 1").Write("input/weeks/notes.txt", "");

        var read = new ReadFiles("weeks", ".md").Execute([], Contexts.Standalone(Files()));

        Assert.Equal(["input/weeks/2026-02-17.md", "input/weeks/2026-02-18.md"], read.Select(d => d.Source));
        Assert.All(read, d => Assert.Null(d.Destination));
        Assert.Equal("weeks/2026-02-17.md", read[0].Get(DocumentKeys.File).RelativePath);
    }
}
