using System.Runtime.CompilerServices;

namespace Reports.Rendering.Templates;

/// <summary>Whether the render running on this logical call path used a <see cref="Stamp"/>'s value (not just printed it).</summary>
internal static class StampReads
{
    // A box, not a bool: what the render sets inside Fluid's async calls is then seen by the code that started it.
    private static readonly AsyncLocal<StrongBox<bool>> Current = new();

    /// <summary>Starts watching the render about to run on this call path; read the box when it has finished.</summary>
    public static StrongBox<bool> Watch() => Current.Value = new StrongBox<bool>();

    public static void Record()
    {
        if (Current.Value is { } box)
        {
            box.Value = true;
        }
    }
}
