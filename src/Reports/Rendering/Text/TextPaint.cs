namespace Reports.Rendering.Text;

/// <summary>How plain-text output marks good, bad and strong words; the CLI passes colours, tests pass none.</summary>
public sealed record TextPaint(Func<string, string> Good, Func<string, string> Bad, Func<string, string> Strong)
{
    public static TextPaint None { get; } = new(s => s, s => s, s => s);
}
