using System.Globalization;

namespace Reports.Tests.Cli.Serve;

/// <summary>
/// Signals this test process ignores, which every process it starts inherits. A shell starts a background job
/// (<c>dotnet test &amp;</c>) with SIGINT ignored, and a program cannot undo that: such a run cannot test Ctrl+C.
/// </summary>
internal static class InheritedSignals
{
    private const int Interrupt = 2;

    public static bool InterruptIgnored => Ignored(Interrupt);

    /// <summary>Reads the <c>SigIgn</c> mask of <c>/proc/self/status</c> (Linux); false where there is none.</summary>
    private static bool Ignored(int signal)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask)
            && (mask & (1UL << (signal - 1))) != 0;
    }
}
