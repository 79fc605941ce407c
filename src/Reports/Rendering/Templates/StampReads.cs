namespace Reports.Rendering.Templates;

/// <summary>Whether the render running on this logical call path used a <see cref="Stamp"/>'s value (not just printed it).</summary>
internal static class StampReads
{
    private static readonly AsyncLocal<StrongBox> Current = new();

    /// <summary>Starts watching the render about to run on this call path; read the box when it has finished.</summary>
    public static StrongBox Watch() => Current.Value = new StrongBox();

    public static void Record()
    {
        if (Current.Value is { } box)
        {
            box.Read = true;
        }
    }

    /// <summary>Mutable, so what a render records is seen by the code that started it.</summary>
    public sealed class StrongBox
    {
        public bool Read { get; set; }
    }
}
