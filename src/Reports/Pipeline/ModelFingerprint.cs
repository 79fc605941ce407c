using System.Buffers;
using System.IO.Hashing;
using System.Text.Json;

namespace Reports.Pipeline;

/// <summary>
/// A 128-bit hash (XXH128) of values as <see cref="JsonSerializer"/> writes them: every public property and field,
/// walked through records, lists and dictionaries, each value at its runtime type. Two models hash alike only when
/// a template, which reads the same members, could not tell them apart. A cache key compared within one process: a
/// fast non-cryptographic hash is enough.
/// </summary>
public static class ModelFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        MaxDepth = 64,
        // Fluid reads a model's members whatever their declared type, so they are hashed at their runtime type too.
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>The fingerprint of <paramref name="values"/>, in order, as lower-case hex.</summary>
    public static string Of(params ReadOnlySpan<object?> values)
    {
        // Each thread keeps its buffer: a session hashes every page's model after each save.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object), Options);
            }

            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(XxHash128.Hash(buffer.WrittenSpan));
    }
}
