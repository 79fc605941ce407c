using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// A value written into pages after they are rendered, such as the data version in every footer. A template that
/// prints a <see cref="Deferred"/> stamp as it is (<c>{{ site.data_version }}</c>) writes <see cref="Placeholder"/>,
/// which <see cref="Fill"/> replaces in the finished bytes; so a page's rendering, and its place in a render cache,
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
    public static ImmutableArray<byte> Fill(ImmutableArray<byte> bytes, IReadOnlyList<Stamp> stamps)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        if (bytes.AsSpan().IndexOf(Prefix) < 0)
        {
            return bytes;
        }

        // Two passes, the first to measure: a session fills every page after each data edit, so one exact array each.
        var deferred = stamps.Where(s => s.Deferred).Select(s => (Placeholder: Encoding.UTF8.GetBytes(s.Placeholder), Value: Encoding.UTF8.GetBytes(s.Value))).ToArray();
        var length = Replace(bytes.AsSpan(), deferred, []);
        var filled = new byte[length];
        Replace(bytes.AsSpan(), deferred, filled);
        return ImmutableCollectionsMarshal.AsImmutableArray(filled);
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="into"/> (when it is not empty) with placeholders replaced; returns the length.</summary>
    private static int Replace(ReadOnlySpan<byte> text, (byte[] Placeholder, byte[] Value)[] stamps, Span<byte> into)
    {
        var written = 0;
        while (true)
        {
            var at = text.IndexOf(Prefix);
            written = Copy(text[..(at < 0 ? text.Length : at)], into, written);
            if (at < 0)
            {
                return written;
            }

            text = text[at..];
            var stamp = Matching(text, stamps);
            var skipped = stamp < 0 ? Prefix.Length : stamps[stamp].Placeholder.Length;
            written = Copy(stamp < 0 ? text[..skipped] : stamps[stamp].Value, into, written);
            text = text[skipped..];
        }
    }

    private static int Matching(ReadOnlySpan<byte> text, (byte[] Placeholder, byte[] Value)[] stamps)
    {
        for (var i = 0; i < stamps.Length; i++)
        {
            if (text.StartsWith(stamps[i].Placeholder))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Copy(ReadOnlySpan<byte> part, Span<byte> into, int at)
    {
        if (!into.IsEmpty)
        {
            part.CopyTo(into[at..]);
        }

        return at + part.Length;
    }

    private static string Plain(string text, string punctuation, string name) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || punctuation.Contains(c, StringComparison.Ordinal))
            ? text
            : throw new ArgumentException($"A stamp's {name.ToLowerInvariant()} may hold only ASCII letters, digits and '{punctuation}': '{text}'.", name);

    private static ReadOnlySpan<byte> Prefix => "<!--reports-stamp:"u8;
}
