using System.Collections.Immutable;
using Reports.Pipeline;

namespace Reports.Tests.Pipeline;

/// <summary>
/// A page is served from the cache when its model's fingerprint is unchanged, so any difference a template could
/// show must change the fingerprint, and equal models must not.
/// </summary>
public class ModelFingerprintTests
{
    private static readonly Row BaseRow = new("INC-1", 3, 46.25m, true, new DateOnly(2026, 2, 17), Tone.Good, null, ["a", "b"]);

    public static TheoryData<string, Row> Changes => new()
    {
        { "text", BaseRow with { Id = "INC-2" } },
        { "int", BaseRow with { Count = 4 } },
        { "decimal", BaseRow with { Total = 46.26m } },
        { "decimal scale", BaseRow with { Total = 46.250m } },
        { "flag", BaseRow with { Open = false } },
        { "date", BaseRow with { Day = new DateOnly(2026, 2, 18) } },
        { "enum", BaseRow with { Tone = Tone.Bad } },
        { "nullable set", BaseRow with { Delta = 0 } },
        { "list item", BaseRow with { Tags = ["a", "c"] } },
        { "list length", BaseRow with { Tags = ["a", "b", ""] } },
        { "list split differently", BaseRow with { Tags = ["ab"] } },
        { "null instead of empty text", BaseRow with { Id = null } },
    };

    [Fact]
    public void Should_give_equal_models_the_same_fingerprint()
    {
        var copy = BaseRow with { Tags = ["a", "b"] };

        Assert.NotSame(BaseRow.Tags, copy.Tags);
        Assert.Equal(ModelFingerprint.Of(new Page([BaseRow], "x")), ModelFingerprint.Of(new Page([copy], "x")));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Should_change_when_anything_a_template_can_read_changes(string change, Row changed)
    {
        Assert.NotEqual(ModelFingerprint.Of(new Page([BaseRow], "x")), ModelFingerprint.Of(new Page([changed], "x")));
        Assert.True(change.Length > 0);
    }

    [Fact]
    public void Should_tell_apart_values_that_print_alike_but_differ_in_type()
    {
        object[] values = [3, "3", 3.5m, true, "True", Tone.Bad, "Bad"];

        var fingerprints = values.Select(v => ModelFingerprint.Of(new Boxed(v))).ToList();

        Assert.Equal(values.Length, fingerprints.Distinct().Count());
        Assert.Equal(fingerprints, values.Select(v => ModelFingerprint.Of(new Boxed(v))));
    }

    [Fact]
    public void Should_read_dictionaries_fields_and_sequences_in_order()
    {
        var first = ImmutableSortedDictionary<string, int>.Empty.Add("a", 1).Add("b", 2);
        var second = ImmutableSortedDictionary<string, int>.Empty.Add("a", 2).Add("b", 1);

        Assert.NotEqual(ModelFingerprint.Of(first), ModelFingerprint.Of(second));
        Assert.NotEqual(ModelFingerprint.Of(new WithField { Value = "a" }), ModelFingerprint.Of(new WithField { Value = "b" }));
        Assert.NotEqual(ModelFingerprint.Of("ab", "c"), ModelFingerprint.Of("a", "bc"));
        Assert.NotEqual(ModelFingerprint.Of(1L, 2.5), ModelFingerprint.Of(1L, 2.25));
    }

    [Fact]
    public void Should_refuse_a_model_that_nests_without_end()
    {
        var loop = new Node();
        loop.Next = loop;

        Assert.Throws<System.Text.Json.JsonException>(() => ModelFingerprint.Of(loop));
    }

    public enum Tone
    {
        Good,
        Bad,
    }

    public sealed record Row(string? Id, int Count, decimal Total, bool Open, DateOnly Day, Tone Tone, int? Delta, IReadOnlyList<string> Tags);

    public sealed record Page(IReadOnlyList<Row> Rows, string Title);

    public sealed record Boxed(object Value);

    public sealed class WithField
    {
        public string Value = "";
    }

    public sealed class Node
    {
        public Node? Next { get; set; }
    }
}
