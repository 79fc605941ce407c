using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// A value written into pages after they are rendered, such as the data version in every footer. A template that
/// prints a <see cref="Deferred"/> stamp as it is (<c>{{ site.data_version }}</c>) writes <see cref="Placeholder"/>,
/// which <see cref="Fill(ImmutableArray{byte}, IReadOnlyList{Stamp})"/> replaces in the finished bytes; so a page's rendering, and its place in a render cache,
/// do not depend on the value, and one edited data row re-renders only the pages whose figures changed. A template
/// that does anything else with it (a filter, a comparison) gets the real value, and the render says so
/// (<see cref="TemplateOutcome.ReadStamps"/>). Without a cache to keep pages in, a stamp need not be deferred: it is
/// then printed like any value. The placeholder is an HTML comment: escaped text can never spell it.
/// </summary>
/// <param name="Name">Names the placeholder: letters, digits and '-'.</param>
/// <param name="Value">Letters, digits and <c>: . _ -</c> only, which HTML encoding leaves as they are, so filling in
/// the raw value writes what printing it would have.</param>
public sealed record Stamp(string Name, string Value, bool Deferred = true) : IFingerprintProxy
{
    public string Name { get; } = Plain(Name, "-", nameof(Name));

    public string Value { get; } = Plain(Value, ":._-", nameof(Value));

    public string Placeholder => $"<!--reports-stamp:{Name}-->";

    /// <summary>What a page's cache key sees: for a deferred stamp the placeholder and whether the value is empty (the one test that needs no read).</summary>
    public object FingerprintValue => Deferred ? Placeholder + (Value.Length == 0 ? ":empty" : "") : Value;

    /// <summary>The value, for code; templates see it through <see cref="StampValue"/>.</summary>
    public override string ToString() => Value;

    /// <summary>
    /// <paramref name="bytes"/> (UTF-8) with every stamp's placeholder replaced by its value; the same array when
    /// none occurs.
    /// </summary>
    public static ImmutableArray<byte> Fill(ImmutableArray<byte> bytes, IReadOnlyList<Stamp> stamps) => Fill(bytes, stamps, Find(bytes, stamps));

    /// <summary>Where the placeholders of deferred <paramref name="stamps"/> are in <paramref name="bytes"/>: offset and index into the stamps.</summary>
    /// <remarks>A page kept by a render cache keeps its placeholders where they are: a session finds them once per page, not once per build.</remarks>
    public static ImmutableArray<(int At, int Stamp)> Find(ImmutableArray<byte> bytes, IReadOnlyList<Stamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        var text = bytes.AsSpan();
        var sites = ImmutableArray.CreateBuilder<(int At, int Stamp)>();
        var offset = 0;
        for (var at = text.IndexOf(Prefix); at >= 0; at = text[offset..].IndexOf(Prefix))
        {
            offset += at;
            var stamp = Matching(text[offset..], stamps);
            if (stamp >= 0)
            {
                sites.Add((offset, stamp));
            }

            offset += stamp < 0 ? Prefix.Length : Encoding.UTF8.GetByteCount(stamps[stamp].Placeholder);
        }

        return sites.DrainToImmutable();
    }

    /// <summary><paramref name="bytes"/> with the placeholders at <paramref name="sites"/> (<see cref="Find"/>) replaced: one exact array.</summary>
    public static ImmutableArray<byte> Fill(ImmutableArray<byte> bytes, IReadOnlyList<Stamp> stamps, ImmutableArray<(int At, int Stamp)> sites)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        if (sites.IsEmpty)
        {
            return bytes;
        }

        var parts = stamps.Select(s => (Placeholder: Encoding.UTF8.GetByteCount(s.Placeholder), Value: Encoding.UTF8.GetBytes(s.Value))).ToArray();
        var length = bytes.Length;
        foreach (var (_, stamp) in sites)
        {
            length += parts[stamp].Value.Length - parts[stamp].Placeholder;
        }

        var text = bytes.AsSpan();
        // Every byte is written below: no need to clear 40 KB per page first.
        var filled = GC.AllocateUninitializedArray<byte>(length);
        var (read, written) = (0, 0);
        foreach (var (at, stamp) in sites)
        {
            text[read..at].CopyTo(filled.AsSpan(written));
            written += at - read;
            parts[stamp].Value.CopyTo(filled.AsSpan(written));
            written += parts[stamp].Value.Length;
            read = at + parts[stamp].Placeholder;
        }

        text[read..].CopyTo(filled.AsSpan(written));
        return ImmutableCollectionsMarshal.AsImmutableArray(filled);
    }

    private static int Matching(ReadOnlySpan<byte> text, IReadOnlyList<Stamp> stamps)
    {
        for (var i = 0; i < stamps.Count; i++)
        {
            if (stamps[i].Deferred && text.StartsWith(Encoding.UTF8.GetBytes(stamps[i].Placeholder)))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Plain(string text, string punctuation, string name) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || punctuation.Contains(c, StringComparison.Ordinal))
            ? text
            : throw new ArgumentException($"A stamp's {name.ToLowerInvariant()} may hold only ASCII letters, digits and '{punctuation}': '{text}'.", name);

    private static ReadOnlySpan<byte> Prefix => "<!--reports-stamp:"u8;
}
