using System.Globalization;
using Fluid;
using Reports.Pipeline;

namespace Reports.Rendering.Templates;

/// <summary>
/// Configures how templates see models (which types, which filters, what "now" means), then parses every
/// <c>.liquid</c> file of the overlay once: <see cref="Build"/>.
/// </summary>
public sealed class TemplateSetBuilder
{
    private readonly List<Action<MemberAccessStrategy>> _registrations = [];
    private readonly List<(string Name, FilterDelegate Filter)> _filters = [];
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    internal TemplateSetBuilder()
    {
    }

    /// <summary>Lets templates read the public properties of <typeparamref name="T"/>, by snake_case name (<c>WeekOf</c> → <c>week_of</c>).</summary>
    public TemplateSetBuilder Allow<T>()
    {
        _registrations.Add(strategy => strategy.Register<T>());
        return this;
    }

    public TemplateSetBuilder AddFilter(string name, FilterDelegate filter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add((name, filter));
        return this;
    }

    /// <summary>What <c>'now'</c> means in templates. Fixed (default 1970-01-01Z) so output never depends on the clock.</summary>
    public TemplateSetBuilder WithNow(DateTimeOffset now)
    {
        _now = now;
        return this;
    }

    public TemplateSet Build(OverlayFileSystem files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var now = _now;
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = () => now,
            FileProvider = files,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<TrustedHtml>();
        foreach (var register in _registrations)
        {
            register(options.MemberAccessStrategy);
        }

        options.ValueConverters.Add(LiquidParser.ConvertValue);
        options.Filters.AddFilter("raw", LiquidParser.Raw);
        foreach (var (name, filter) in _filters)
        {
            options.Filters.AddFilter(name, filter);
        }

        return TemplateSet.Load(files, options);
    }
}
