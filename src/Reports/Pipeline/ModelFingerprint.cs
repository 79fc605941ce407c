using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Reports.Pipeline;

/// <summary>
/// A 128-bit hash (XXH128) of everything a template can read from a view model: every public property and field, walked
/// recursively through records, lists and dictionaries, with type names and member names in the text, so two
/// models hash alike only when a template could not tell them apart. Used as a cache key for rendered pages;
/// keys are compared within one process only, so member order need only be stable per process. A fast
/// non-cryptographic hash is enough for that: a rebuild hashes every page's model, and SHA-256 cost more than
/// rendering the pages that changed.
/// </summary>
public sealed class ModelFingerprint
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    private readonly XxHash128 _hash = new();
    private readonly byte[] _buffer = new byte[4 * 1024];
    private int _used;

    /// <summary>Adds a value (a string, number, record, list … or null) to the fingerprint.</summary>
    public ModelFingerprint Add(object? value)
    {
        Write(value, 0);
        return this;
    }

    /// <summary>The hash of everything added, as lower-case hex; the fingerprint cannot be used afterwards.</summary>
    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_hash.GetCurrentHash());
    }

    /// <summary>One-shot: the fingerprint of <paramref name="values"/>, in order.</summary>
    public static string Of(params ReadOnlySpan<object?> values)
    {
        var fingerprint = new ModelFingerprint();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }

        return fingerprint.Finish();
    }

    private void Write(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A view model nests deeper than {MaxDepth} levels (a cycle?); models must be trees.");
        }

        switch (value)
        {
            case null:
                Tag('n');
                return;
            case IFingerprintProxy proxy:
                Tag('p');
                Write(proxy.FingerprintValue, depth + 1);
                return;
            case string text:
                Tag('s');
                Text(text);
                return;
            case bool flag:
                Tag(flag ? 't' : 'f');
                return;
            case Enum member:
                Tag('e');
                Text(member.GetType().FullName!);
                Text(member.ToString());
                return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal || value is DateOnly || value is DateTime || value is DateTimeOffset || value is TimeSpan:
                Tag('v');
                Text(value.GetType().Name);
                Text(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IDictionary dictionary:
                Tag('d');
                Int(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    Write(entry.Key, depth + 1);
                    Write(entry.Value, depth + 1);
                }

                return;
            case IEnumerable items:
                Tag('l');
                foreach (var item in items)
                {
                    Tag('i');
                    Write(item, depth + 1);
                }

                Tag('/');
                return;
        }

        var type = value.GetType();
        Tag('o');
        Text(type.FullName!);
        foreach (var member in Members.GetOrAdd(type, Describe))
        {
            Text(member.Name);
            Write(member.Get(value), depth + 1);
        }
    }

    private void Tag(char tag) => Span([(byte)tag]);

    private void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, value);
        Span(bytes);
    }

    /// <summary>Length-prefixed, so no sequence of strings can spell another.</summary>
    private void Text(string text)
    {
        Int(text.Length);
        Span(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private void Span(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length / 2)
        {
            Flush();
            _hash.Append(bytes);
            return;
        }

        while (bytes.Length > 0)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            var take = Math.Min(bytes.Length, _buffer.Length - _used);
            bytes[..take].CopyTo(_buffer.AsSpan(_used));
            _used += take;
            bytes = bytes[take..];
        }
    }

    private void Flush()
    {
        _hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    /// <summary>Public instance properties (without indexers) and fields, ordinal by name, with compiled getters.</summary>
    private static Member[] Describe(Type type)
    {
        var instance = Expression.Parameter(typeof(object));
        var typed = Expression.Convert(instance, type);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Body: (Expression)Expression.Property(typed, p)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Body: (Expression)Expression.Field(typed, f)));
        return [.. properties.Concat(fields)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new Member(m.Name, Expression.Lambda<Func<object, object?>>(Expression.Convert(m.Body, typeof(object)), instance).Compile()))];
    }

    private sealed record Member(string Name, Func<object, object?> Get);
}
