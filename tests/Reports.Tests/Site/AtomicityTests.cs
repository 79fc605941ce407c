namespace Reports.Tests.Site;

/// <summary>A failed build writes nothing: the previous site stays as it was, byte for byte.</summary>
public sealed class AtomicityTests : IDisposable
{
    private readonly SiteFolder folder = SiteFolder.Shipped();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Should_leave_the_previous_site_untouched_when_a_template_override_breaks()
    {
        var before = BuildGood();
        folder.Write("input/partials/status.liquid", "{% if chip %}{{ chip.text }\n");

        var outcome = folder.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.IsError && d.Path == folder.Input.Replace('\\', '/') + "/partials/status.liquid" && d.Line > 0);
        AssertUnchanged(before);
    }

    [Fact]
    public void Should_leave_the_previous_site_untouched_when_a_page_template_fails_while_rendering()
    {
        var before = BuildGood();
        folder.Write("input/pages/week.liquid", "{% layout 'layouts/default' %}<h1>x</h1>{% include 'partials/missing' %}\n");

        var outcome = folder.Build();

        Assert.False(outcome.Succeeded);
        AssertUnchanged(before);
    }

    [Fact]
    public void Should_leave_the_previous_site_untouched_and_no_staging_behind_when_a_page_fails_as_it_is_streamed()
    {
        var before = BuildGood();
        // Found only when the week pages render, while the other pages are already being written to staging.
        folder.Write("input/pages/week.liquid", "{% layout 'layouts/default' %}{% assign name = 'partials/miss' | append: 'ing' %}{% include name %}\n");

        var outcome = folder.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.IsError && d.Path.EndsWith("week.liquid", StringComparison.Ordinal));
        AssertUnchanged(before);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, ".output-staging")));
    }

    [Fact]
    public void Should_leave_the_previous_site_untouched_when_the_data_is_invalid()
    {
        var before = BuildGood();
        File.AppendAllText(folder.PathOf("data/scores.csv"), "2026-02-25,measurement,9,Out of range\n");

        var outcome = folder.Build();

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Diagnostics, d => d.IsError && d.Path.EndsWith("scores.csv", StringComparison.Ordinal));
        AssertUnchanged(before);
    }

    [Fact]
    public void Should_fail_a_strict_build_on_a_broken_link_and_only_warn_otherwise()
    {
        var before = BuildGood();
        folder.Write("input/about.md", "---\ntitle: About\n---\nSee [the runbook](../runbook/).\n");

        var strict = folder.Build(strict: true);

        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.IsError && d.Message.Contains("../runbook/", StringComparison.Ordinal));
        AssertUnchanged(before);

        var lenient = folder.Build();

        Assert.True(lenient.Succeeded);
        Assert.Contains(lenient.Diagnostics, d => !d.IsError && d.Message.Contains("../runbook/", StringComparison.Ordinal));
        Assert.Contains("the runbook", folder.ReadOutput("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_only_what_changed_and_remove_what_is_gone()
    {
        BuildGood();
        folder.Write("input/extra.md", "---\ntitle: Extra\n---\nMore.\n");
        var added = folder.Build();
        File.Delete(folder.PathOf("input/extra.md"));

        var removed = folder.Build();

        Assert.True(added.Succeeded && removed.Succeeded);
        Assert.True(removed.FilesRemoved >= 1);
        Assert.False(File.Exists(Path.Combine(folder.Output, "extra", "index.html")));
        Assert.True(removed.FilesUnchanged > 10);
    }

    private IReadOnlyDictionary<string, byte[]> BuildGood()
    {
        var outcome = folder.Build();
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        return folder.OutputFiles();
    }

    private void AssertUnchanged(IReadOnlyDictionary<string, byte[]> before)
    {
        var after = folder.OutputFiles();
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key + " changed"));
    }
}
