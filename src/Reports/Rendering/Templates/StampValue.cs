using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Reports.Rendering.Templates;

/// <summary>
/// How templates see a <see cref="Stamp"/>: printed, a deferred one writes the placeholder; used any other way (a filter, a
/// comparison, a property), it behaves as the string it stands for and records that the page read it
/// (<see cref="StampReads"/>), so the page is cached with the value instead of without it.
/// </summary>
internal sealed class StampValue(Stamp stamp) : FluidValue
{
    private readonly StringValue _value = new(stamp.Value);

    public override FluidValues Type => FluidValues.String;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!stamp.Deferred)
        {
            return _value.WriteToAsync(writer, encoder, cultureInfo);
        }

        writer.Write(stamp.Placeholder);
        return ValueTask.CompletedTask;
    }

    // `!= ""` and `== nil` tell only whether there is a value, which the page's cache key already includes.
    public override bool Equals(FluidValue other) => other is not null && (other.IsNil() || (other is StringValue && other.ToStringValue().Length == 0))
        ? _value.Equals(other)
        : Read().Equals(other);

    public override bool ToBooleanValue() => _value.ToBooleanValue();

    public override bool IsNil() => false;

    public override decimal ToNumberValue() => Read().ToNumberValue();

    public override string ToStringValue() => Read().ToStringValue();

    public override object ToObjectValue() => Read().ToObjectValue();

    public override bool Contains(FluidValue value) => Read().Contains(value);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => Read().GetValueAsync(name, context);

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) => Read().GetIndexAsync(index, context);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context) => Read().Enumerate(context);

    public override bool Equals(object? obj) => obj is StampValue other && other._value.Equals(_value);

    public override int GetHashCode() => _value.GetHashCode();

    private StringValue Read()
    {
        StampReads.Record();
        return _value;
    }
}
