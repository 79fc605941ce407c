namespace Reports.Tests.EndToEnd;

/// <summary>A window size the site is read at, named for the device people use.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 900);

    public static readonly Viewport Phone = new("phone", 375, 812);

    public static IReadOnlyList<Viewport> All { get; } = [Desktop, Phone];

    /// <summary>Theory data: the names of <see cref="All"/>, so test names read <c>(viewport: "phone")</c>.</summary>
    public static TheoryData<string> Names => new(All.Select(v => v.Name));

    public static Viewport Named(string name) => All.Single(v => v.Name == name);

    public override string ToString() => $"{Name} {Width}×{Height}";
}
