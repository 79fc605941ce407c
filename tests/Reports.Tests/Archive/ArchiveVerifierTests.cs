using Reports.Archive;
using Reports.Diagnostics;

namespace Reports.Tests.Archive;

/// <summary>Every way a published snapshot can differ from its manifest is an error naming the file.</summary>
public sealed class ArchiveVerifierTests
{
    private static readonly DateOnly Week1 = new(2026, 2, 17);

    [Fact]
    public void A_data_folder_without_an_archive_has_nothing_to_report()
    {
        using var data = PublishedDataFolder.WithoutSnapshots();

        Assert.Empty(ArchiveVerifier.Verify(data.Path));
    }

    [Fact]
    public void A_snapshot_just_created_verifies()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        data.Publish(new DateOnly(2026, 2, 18));

        Assert.Empty(ArchiveVerifier.Verify(data.Path));
    }

    [Fact]
    public void One_flipped_byte_is_a_changed_file_named_by_its_path()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var index = Path.Combine(data.SnapshotFolder(Week1), "index.html");
        var bytes = File.ReadAllBytes(index);
        bytes[5] ^= 0x01;
        File.WriteAllBytes(index, bytes);

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveFileChanged, diagnostic.Code);
        Assert.True(diagnostic.IsError);
        Assert.Equal(data.DiagnosticPath("2026-02-17/index.html"), diagnostic.Path);
        Assert.Contains("SHA-256", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_size_is_a_changed_file()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.AppendAllText(Path.Combine(data.SnapshotFolder(Week1), "assets", "site.css"), "/* later */\n");

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveFileChanged, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath("2026-02-17/assets/site.css"), diagnostic.Path);
        Assert.Contains("it has 46 bytes, the manifest says 34", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_file_that_is_gone_is_missing()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.Delete(Path.Combine(data.SnapshotFolder(Week1), "assets", ".keep"));

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveFileMissing, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath("2026-02-17/assets/.keep"), diagnostic.Path);
    }

    [Theory]
    [InlineData("extra.html")]
    [InlineData("assets/new/deep.js")]
    [InlineData(".hidden")]
    public void A_file_the_manifest_does_not_list_is_extra(string extra)
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        PublishedDataFolder.Write(data.SnapshotFolder(Week1), extra, "added after publication");

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveFileExtra, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath("2026-02-17/" + extra), diagnostic.Path);
    }

    [Fact]
    public void A_snapshot_without_a_manifest_cannot_be_verified()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.Delete(Path.Combine(data.SnapshotFolder(Week1), "manifest.json"));

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveManifestMissing, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath("2026-02-17/manifest.json"), diagnostic.Path);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("2026-2-17")]
    [InlineData("2026-02-30")]
    [InlineData("2026-02-17-fixed")]
    public void A_folder_not_named_for_a_real_week_is_an_error(string name)
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        Directory.Move(data.SnapshotFolder(Week1), Path.Combine(data.ArchiveRoot, name));

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveFolderNotADate, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath(name), diagnostic.Path);
        Assert.Contains($"'{name}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snapshot_moved_to_another_week_folder_does_not_match_its_manifest()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        Directory.Move(data.SnapshotFolder(Week1), Path.Combine(data.ArchiveRoot, "2026-02-18"));

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveWeekMismatch, diagnostic.Code);
        Assert.Equal(data.DiagnosticPath("2026-02-18/manifest.json"), diagnostic.Path);
        Assert.Equal("manifest is for week 2026-02-17 but its folder is archive/2026-02-18", diagnostic.Message);
    }

    [Fact]
    public void A_loose_file_in_the_archive_is_only_a_warning()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        File.WriteAllText(Path.Combine(data.ArchiveRoot, "notes.txt"), "x");

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveStrayFile, diagnostic.Code);
        Assert.False(diagnostic.IsError);
    }

    [Theory]
    [InlineData("\"total\": 46.25,", "\"total\": 46.25,,", "not valid JSON")]
    [InlineData("\"schema\": 1,", "\"schema\": 2,", "schema 2 is not supported")]
    [InlineData("\"schema\": 1,", "\"schema\": 1, \"signed_by\": \"x\",", "unknown field 'signed_by'")]
    [InlineData("\"schema\": 1,", "\"schema\": 1, \"schema\": 1,", "not valid JSON")]
    [InlineData("\"decision\": \"stay\",", "\"decision\": \"Stay in Phase 1\",", "'decision' 'Stay in Phase 1' is not stay, advance or freeze")]
    [InlineData("\"week_of\": \"2026-02-17\",", "\"week_of\": \"17/02/2026\",", "'week_of' '17/02/2026' is not a date")]
    [InlineData("\"phase\": 1,", "\"phase\": \"1\",", "'phase' is missing or not a whole number")]
    [InlineData("\"phase\": 1,", "\"phase\": 1, \"validation_window_start\": \"21/10/2025\",", "'validation_window_start' '21/10/2025' is not a date")]
    [InlineData("\"phase\": 1,", "\"phase\": 1, \"validation_window_start\": \"2026-02-18\",", "'validation_window_start' 2026-02-18 is after the week it belongs to")]
    [InlineData("\"path\": \"index.html\"", "\"path\": \"../scores.csv\"", "path '../scores.csv' has an empty, '.' or '..' segment")]
    [InlineData("\"path\": \"index.html\"", "\"path\": \"/etc/passwd\"", "is not a relative path")]
    [InlineData("\"path\": \"index.html\"", "\"path\": \"manifest.json\"", "is the manifest itself")]
    [InlineData("\"path\": \"index.html\"", "\"path\": \"assets/site.css\"", "path 'assets/site.css' is listed twice")]
    [InlineData("\"size\": 34,", "\"size\": -34,", "'size' is missing or not a whole number of bytes")]
    public void A_damaged_manifest_is_malformed_and_says_how(string find, string replace, string expected)
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var manifestPath = Path.Combine(data.SnapshotFolder(Week1), "manifest.json");
        var text = File.ReadAllText(manifestPath);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(manifestPath, ReplaceFirst(text, find, replace));

        var diagnostics = ArchiveVerifier.Verify(data.Path);

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(ErrorCodes.ArchiveManifestMalformed, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(data.DiagnosticPath("2026-02-17/manifest.json"), d.Path));
        Assert.Contains(diagnostics, d => d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_syntax_error_carries_its_line_and_column()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        var manifestPath = Path.Combine(data.SnapshotFolder(Week1), "manifest.json");
        File.WriteAllText(manifestPath, "{\n  \"schema\": 1,\n  \"week_of\": 2026-02-17\n}\n");

        var diagnostic = Assert.Single(ArchiveVerifier.Verify(data.Path));

        Assert.Equal(ErrorCodes.ArchiveManifestMalformed, diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
        Assert.True(diagnostic.Column > 1);
    }

    [Fact]
    public void Every_problem_of_every_snapshot_is_reported()
    {
        using var data = PublishedDataFolder.WithWeek1Published();
        data.Publish(new DateOnly(2026, 2, 18));
        File.Delete(Path.Combine(data.SnapshotFolder(Week1), "index.html"));
        File.AppendAllText(Path.Combine(data.SnapshotFolder(new DateOnly(2026, 2, 18)), "index.html"), "!");
        PublishedDataFolder.Write(data.SnapshotFolder(new DateOnly(2026, 2, 18)), "extra.txt", "x");

        var codes = ArchiveVerifier.Verify(data.Path).Select(d => d.Code).ToArray();

        Assert.Equal([ErrorCodes.ArchiveFileMissing, ErrorCodes.ArchiveFileChanged, ErrorCodes.ArchiveFileExtra], codes);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
