using System.Diagnostics;
using System.Text;
using CsCheck;
using Reports.Cli;
using Reports.Rendering.Markdown;
using Reports.Site.Config;
using Reports.Tests.Data;
using Xunit.Abstractions;

namespace Reports.Tests.Cli;

/// <summary>
/// Random bytes and random Markdown and YAML structures, fed to <c>validate</c> and to the YAML readers: the
/// answer is always exit 0 or 1 (never 3), never a stack trace, in bounded time. Each property runs on a fixed
/// seed, and on a random one that a failure prints (set <c>REPORTS_FUZZ_SEED</c> to replay it).
/// </summary>
public sealed class ValidateFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 60;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly string FixedSeed = new PCG(13, 2026).ToString();

    private static readonly string[] DataFiles = ["scores.csv", "incidents.csv", "findings.csv", "gate-results.csv", "gates.csv", "rubric.csv", "policy.csv", "decisions.csv"];

    private static readonly Gen<string> MarkdownPiece = Gen.OneOf(
        ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "\t", "[", "]", "(", ")", "![", "](http://x.example/a.png)", "](javascript:alert(1))",
        "*", "**", "_", "__", "~~", "`", "```", "~~~", "\n", "\n\n", "\r\n", "word", " ", "|", "|---|", "---", "# ", "<b>", "&amp;", "\\",
        "::add-mask::x", "\"", ",", "\u202E", "\u001b[2J", "é", "💥");

    private static readonly Gen<string> Markdown =
        Gen.OneOf<string>(MarkdownPiece, Gen.Select(MarkdownPiece, Gen.Int[1, 400], (piece, times) => string.Concat(Enumerable.Repeat(piece, times))))
            .Array[0, 40]
            .Select(pieces => string.Concat(pieces));

    private static readonly Gen<string> YamlPiece = Gen.OneOf(
        "a: ", "- ", "[", "]", "{", "}", ", ", ": ", "\n", "  ", "&x ", "*x", "!!str ", "'", "\"", "? ", "| ", "> ", "# ", "---\n", "...\n",
        "%YAML 1.2\n", "\t", "title", "base_url", "https://example.org", "<<: ", "~");

    private static readonly Gen<string> Yaml =
        Gen.OneOf<string>(YamlPiece, Gen.Select(YamlPiece, Gen.Int[1, 3000], (piece, times) => string.Concat(Enumerable.Repeat(piece, times))))
            .Array[0, 30]
            .Select(pieces => string.Concat(pieces));

    public static TheoryData<string> Seeds() => new() { FixedSeed, Environment.GetEnvironmentVariable("REPORTS_FUZZ_SEED") ?? RandomSeed() };

    [Theory]
    [MemberData(nameof(Seeds), DisableDiscoveryEnumeration = true)]
    public void Random_bytes_in_a_data_file_are_valid_or_invalid_data_never_a_crash(string seed)
    {
        using var folder = TempDataFolder.FromBaseline();
        var baseline = DataFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder.Path, f)));
        var gen = Gen.Select(Gen.Int[0, DataFiles.Length - 1], Gen.Byte.Array[0, 4000], Gen.Bool);

        Run(seed, gen, (file, bytes, append) =>
        {
            Restore(folder, baseline);
            folder.WriteBytes(DataFiles[file], append ? [.. baseline[DataFiles[file]], .. bytes] : bytes);
            AssertValidateAnswers(folder);
        });
    }

    [Theory]
    [MemberData(nameof(Seeds), DisableDiscoveryEnumeration = true)]
    public void Random_markdown_in_every_markdown_cell_is_valid_or_invalid_data_never_a_crash(string seed)
    {
        using var folder = TempDataFolder.FromBaseline();
        var baseline = DataFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder.Path, f)));

        Run(seed, Markdown, markdown =>
        {
            Restore(folder, baseline);
            var cell = "\"" + markdown.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            folder.Write("scores.csv", Encoding.UTF8.GetString(baseline["scores.csv"]).Replace("SLO outcomes are mostly unknown.", cell, StringComparison.Ordinal));
            folder.Write("findings.csv", Encoding.UTF8.GetString(baseline["findings.csv"]).TrimEnd('\n') + "\nZZ-1,Fuzzed,P3,hardening,open,2026-02-17,," + cell + "\n");
            AssertValidateAnswers(folder);

            var clock = Stopwatch.StartNew();
            _ = SafeMarkdown.ToHtml(markdown);
            _ = SafeMarkdown.ToInlineHtml(markdown);
            Assert.True(clock.Elapsed < Bound, $"rendering took {clock.Elapsed}");
        });
    }

    [Theory]
    [MemberData(nameof(Seeds), DisableDiscoveryEnumeration = true)]
    public void Random_yaml_in_site_settings_and_front_matter_is_read_or_reported_never_a_crash(string seed)
    {
        Run(seed, Yaml, yaml =>
        {
            var clock = Stopwatch.StartNew();
            var config = SiteConfig.Parse(yaml, "input/site.yml");
            var page = FrontMatter.Parse("---\n" + yaml + "\n---\nBody.\n", "input/page.md");
            Assert.True(clock.Elapsed < Bound, $"reading took {clock.Elapsed}");
            Assert.True(config.Succeeded || config.Diagnostics.Any(d => d.IsError));
            Assert.All(config.Diagnostics.Concat(page.Diagnostics), d => Assert.StartsWith("RPT", d.Code, StringComparison.Ordinal));
        });
    }

    private void Run<T>(string seed, Gen<T> gen, Action<T> property)
    {
        output.WriteLine($"seed {seed}");
        try
        {
            gen.Sample(property, seed: seed, iter: Iterations, threads: 1);
        }
        catch (Exception failure)
        {
            throw new Xunit.Sdk.XunitException($"failed on seed {seed} (replay: REPORTS_FUZZ_SEED={seed}): {failure.Message}\n{failure.InnerException}");
        }
    }

    private void Run<T1, T2, T3>(string seed, Gen<(T1, T2, T3)> gen, Action<T1, T2, T3> property) =>
        Run(seed, gen, (Action<(T1, T2, T3)>)(t => property(t.Item1, t.Item2, t.Item3)));

    private static void AssertValidateAnswers(TempDataFolder folder)
    {
        var clock = Stopwatch.StartNew();
        var run = CliRun.Of("validate", "--data", folder.Path);

        Assert.True(clock.Elapsed < Bound, $"validate took {clock.Elapsed}");
        Assert.True(run.ExitCode is ExitCodes.Ok or ExitCodes.InvalidData, $"exit {run.ExitCode}: {run.All}");
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.All, StringComparison.Ordinal);
    }

    private static void Restore(TempDataFolder folder, Dictionary<string, byte[]> baseline)
    {
        foreach (var (file, bytes) in baseline)
        {
            folder.WriteBytes(file, bytes);
        }
    }

    private static string RandomSeed() =>
        new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
}
