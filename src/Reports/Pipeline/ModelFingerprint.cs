using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Reports.Pipeline;

/// <summary>
/// A 128-bit hash (XXH128) of everything a template can read from a view model: every public property and field, walked
/// recursively through records, lists and dictionaries, each value tagged with its type, so two models hash alike
/// only when a template could not tell them apart. Used as a cache key for rendered pages; keys are compared within
/// one process only, so types and members are written as numbers that are stable per process. A fast
/// non-cryptographic hash is enough for that: a rebuild hashes every page's model, and SHA-256 cost more than
/// rendering the pages that changed.
/// </summary>
/// <remarks>
/// Each model type gets a compiled writer that reads its members without reflection and writes numbers, dates and
/// flags as raw bytes without boxing: a session hashes 530 page models after every save. An <see cref="ISharedModel"/>
/// is walked once per instance and written as its hash wherever else it appears.
/// </remarks>
public sealed class ModelFingerprint
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, Writer> Writers = new();
    private static readonly ConcurrentDictionary<Type, int> TypeIds = new();
    private static readonly ConditionalWeakTable<object, byte[]> SharedHashes = [];
    private static int _lastTypeId;

    private static readonly MethodInfo WriteObject = Method(nameof(Write));
    private static readonly MethodInfo WriteText = Method(nameof(TaggedText));
    private static readonly MethodInfo WriteInt = Method(nameof(TaggedInt));
    private static readonly MethodInfo WriteLong = Method(nameof(TaggedLong));
    private static readonly MethodInfo WriteBool = Method(nameof(TaggedBool));
    private static readonly MethodInfo WriteDecimal = Method(nameof(TaggedDecimal));
    private static readonly MethodInfo WriteDouble = Method(nameof(TaggedDouble));
    private static readonly MethodInfo WriteDate = Method(nameof(TaggedDate));

    [ThreadStatic]
    private static Stack<ModelFingerprint>? t_spare;

    private readonly XxHash128 _hash = new();
    private readonly byte[] _buffer = new byte[4 * 1024];
    private int _used;

    private delegate void Writer(ModelFingerprint fingerprint, object value, int depth);

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
        var fingerprint = Rent();
        foreach (var value in values)
        {
            fingerprint.Add(value);
        }

        var hash = fingerprint.Finish();
        Return(fingerprint);
        return hash;
    }

    /// <summary>A fingerprint to use and give back: each thread keeps its own, which saves a buffer per page.</summary>
    private static ModelFingerprint Rent()
    {
        var spare = t_spare ??= new Stack<ModelFingerprint>();
        if (!spare.TryPop(out var fingerprint))
        {
            return new ModelFingerprint();
        }

        fingerprint._hash.Reset();
        fingerprint._used = 0;
        return fingerprint;
    }

    private static void Return(ModelFingerprint fingerprint) => t_spare?.Push(fingerprint);

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
            case string text:
                TaggedText(text);
                return;
            default:
                Writers.GetOrAdd(value.GetType(), Describe)(this, value, depth);
                return;
        }
    }

    /// <summary>How values of <paramref name="type"/> are written: decided once per type.</summary>
    private static Writer Describe(Type type)
    {
        var id = TypeIds.GetOrAdd(type, _ => Interlocked.Increment(ref _lastTypeId));
        if (typeof(IFingerprintProxy).IsAssignableFrom(type))
        {
            return (f, v, d) =>
            {
                f.Tag('p');
                f.Write(((IFingerprintProxy)v).FingerprintValue, d + 1);
            };
        }

        if (type.IsEnum)
        {
            var unsigned = Enum.GetUnderlyingType(type) == typeof(ulong);
            return (f, v, _) =>
            {
                f.Tag('e');
                f.Int(id);
                f.Long(unsigned ? unchecked((long)Convert.ToUInt64(v, CultureInfo.InvariantCulture)) : Convert.ToInt64(v, CultureInfo.InvariantCulture));
            };
        }

        if (Scalar(type) is { } scalar)
        {
            var fingerprint = Expression.Parameter(typeof(ModelFingerprint));
            var value = Expression.Parameter(typeof(object));
            var depth = Expression.Parameter(typeof(int));
            return Expression.Lambda<Writer>(Expression.Call(fingerprint, scalar, Expression.Convert(value, type)), fingerprint, value, depth).Compile();
        }

        if (type.IsPrimitive || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan))
        {
            return (f, v, _) =>
            {
                f.Tag('v');
                f.Int(id);
                f.Text(((IFormattable)v).ToString(null, CultureInfo.InvariantCulture));
            };
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return (f, v, d) =>
            {
                var dictionary = (IDictionary)v;
                f.Tag('d');
                f.Int(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    f.Write(entry.Key, d + 1);
                    f.Write(entry.Value, d + 1);
                }
            };
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            return (f, v, d) =>
            {
                f.Tag('l');
                foreach (var item in (IEnumerable)v)
                {
                    f.Tag('i');
                    f.Write(item, d + 1);
                }

                f.Tag('/');
            };
        }

        var members = Members(type, id);
        if (typeof(ISharedModel).IsAssignableFrom(type))
        {
            return (f, v, d) =>
            {
                var hash = SharedHashes.GetValue(v, shared =>
                {
                    var own = Rent();
                    members(own, shared, d);
                    own.Flush();
                    var bytes = own._hash.GetCurrentHash();
                    Return(own);
                    return bytes;
                });
                f.Tag('h');
                f.Span(hash);
            };
        }

        return members;
    }

    /// <summary>
    /// A record or class: its type, then its public instance properties (without indexers) and fields, ordinal by
    /// name. Members whose type is a scalar are written straight from the typed value.
    /// </summary>
    private static Writer Members(Type type, int id)
    {
        var fingerprint = Expression.Parameter(typeof(ModelFingerprint));
        var value = Expression.Parameter(typeof(object));
        var depth = Expression.Parameter(typeof(int));
        var typed = Expression.Variable(type);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Type: p.PropertyType, Read: (Expression)Expression.Property(typed, p)));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance)
            .Select(f => (f.Name, Type: f.FieldType, Read: (Expression)Expression.Field(typed, f)));
        List<Expression> body =
        [
            Expression.Assign(typed, Expression.Convert(value, type)),
            Expression.Call(fingerprint, Method(nameof(Tag)), Expression.Constant('o')),
            Expression.Call(fingerprint, Method(nameof(Int)), Expression.Constant(id)),
        ];
        foreach (var member in properties.Concat(fields).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            body.Add(Scalar(member.Type) is { } scalar
                ? Expression.Call(fingerprint, scalar, member.Read)
                : Expression.Call(fingerprint, WriteObject, Expression.Convert(member.Read, typeof(object)), Expression.Increment(depth)));
        }

        return Expression.Lambda<Writer>(Expression.Block([typed], body), fingerprint, value, depth).Compile();
    }

    /// <summary>The typed writer of a sealed value type a template prints as it is, or null.</summary>
    private static MethodInfo? Scalar(Type type) =>
        type == typeof(string) ? WriteText
        : type == typeof(int) ? WriteInt
        : type == typeof(long) ? WriteLong
        : type == typeof(bool) ? WriteBool
        : type == typeof(decimal) ? WriteDecimal
        : type == typeof(double) ? WriteDouble
        : type == typeof(DateOnly) ? WriteDate
        : null;

    private static MethodInfo Method(string name) =>
        typeof(ModelFingerprint).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!;

    private void TaggedText(string? text)
    {
        if (text is null)
        {
            Tag('n');
            return;
        }

        Tag('s');
        Text(text);
    }

    private void TaggedInt(int value)
    {
        Tag('I');
        Int(value);
    }

    private void TaggedLong(long value)
    {
        Tag('L');
        Long(value);
    }

    private void TaggedBool(bool value) => Tag(value ? 't' : 'f');

    /// <summary>The decimal's bits: 1.0 and 1.00 differ, as they print differently.</summary>
    private void TaggedDecimal(decimal value)
    {
        Tag('m');
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Span(MemoryMarshal.AsBytes(bits));
    }

    private void TaggedDouble(double value)
    {
        Tag('D');
        Long(BitConverter.DoubleToInt64Bits(value));
    }

    private void TaggedDate(DateOnly value)
    {
        Tag('T');
        Int(value.DayNumber);
    }

    private void Tag(char tag) => Span([(byte)tag]);

    private void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, value);
        Span(bytes);
    }

    private void Long(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
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

        if (_buffer.Length - _used < bytes.Length)
        {
            Flush();
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Flush()
    {
        _hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
    }
}
