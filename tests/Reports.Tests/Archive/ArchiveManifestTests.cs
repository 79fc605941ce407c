using System.Security.Cryptography;
using System.Text;
using Reports.Archive;
using Reports.Domain;

namespace Reports.Tests.Archive;

/// <summary>The manifest writer and reader: what a manifest lists, its exact bytes, and the round trip.</summary>
public sealed class ArchiveManifestTests
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);

    [Fact]
    public void Lists_every_file_of_the_snapshot_but_itself_sorted_with_size_and_sha256()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var folder = data.SnapshotFolder(Week1);

        var manifest = ArchiveManifest.Read(Path.Combine(folder, "manifest.json")).Value!;

        Assert.Equal(["assets/.keep", "assets/site.css", "index.html"], manifest.Files.Select(f => f.Path));
        var css = manifest.Files[1];
        var bytes = File.ReadAllBytes(Path.Combine(folder, "assets", "site.css"));
        Assert.Equal(bytes.Length, css.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), css.Sha256);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", manifest.Files[0].Sha256);
    }

    [Fact]
    public void Records_the_week_as_the_rules_computed_it()
    {
        using var data = PublishedDataFolder.WithWeek1Published();

        var manifest = ArchiveManifest.Read(Path.Combine(data.SnapshotFolder(Week1), "manifest.json")).Value!;

        Assert.Equal(ArchiveManifest.CurrentSchema, manifest.Schema);
        Assert.Equal(Week1, manifest.WeekOf);
        Assert.Equal(46.25m, manifest.Total);
        Assert.Equal(Decision.Stay, manifest.Decision);
        Assert.Equal(1, manifest.Phase);
        Assert.StartsWith("sha256:", manifest.DataVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_the_documented_format_byte_for_byte()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reports-tests", Guid.NewGuid().ToString("N"));
        try
        {
            PublishedDataFolder.Write(folder, "index.html", "hello");
            PublishedDataFolder.Write(folder, "a/b.txt", "");

            ArchiveManifest.Create(folder, new SnapshotMetadata(Week1, 55m, Decision.Advance, 2, "sha256:" + new string('0', 64)));

            Assert.Equal(
                """
                {
                  "schema": 1,
                  "week_of": "2026-02-17",
                  "total": 55.00,
                  "decision": "advance",
                  "phase": 2,
                  "data_version": "sha256:0000000000000000000000000000000000000000000000000000000000000000",
                  "files": [
                    {
                      "path": "a/b.txt",
                      "size": 0,
                      "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                    },
                    {
                      "path": "index.html",
                      "size": 5,
                      "sha256": "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
                    }
                  ]
                }

                """.Replace("\r\n", "\n", StringComparison.Ordinal),
                File.ReadAllText(Path.Combine(folder, "manifest.json"), Encoding.UTF8));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Creating_again_over_an_unchanged_snapshot_writes_the_same_bytes()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var folder = data.SnapshotFolder(Week1);
        var first = File.ReadAllBytes(Path.Combine(folder, "manifest.json"));
        var manifest = ArchiveManifest.Read(Path.Combine(folder, "manifest.json")).Value!;

        ArchiveManifest.Create(folder, new SnapshotMetadata(manifest.WeekOf, manifest.Total, manifest.Decision, manifest.Phase, manifest.DataVersion));

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
    }

    [Fact]
    public void Round_trips_through_its_json()
    {
        using var data = PublishedDataFolder.WithoutSnapshots();
        var written = data.Publish(Week1);

        var read = ArchiveManifest.Read(Path.Combine(data.SnapshotFolder(Week1), "manifest.json"));

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(written with { Files = [] }, read.Value! with { Files = [] });
        Assert.Equal(written.Files, read.Value!.Files);
        Assert.Equal(written.ToJson(), read.Value.ToJson());
    }

    [Fact]
    public void Writes_the_same_bytes_under_any_culture()
    {
        var manifest = new ArchiveManifest(1, Week1, 46.25m, Decision.Stay, 1, "abc", [new ArchiveFile("i.html", 1234567, new string('f', 64))]);
        var invariant = manifest.ToJson();
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "tr-TR", "ar-SA", "fa-IR" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                Assert.Equal(invariant, manifest.ToJson());
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }

        Assert.Contains("\"total\": 46.25,", invariant, StringComparison.Ordinal);
        Assert.Contains("\"size\": 1234567,", invariant, StringComparison.Ordinal);
    }
}
