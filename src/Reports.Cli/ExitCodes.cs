namespace Reports.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The data (or templates, or archive) is invalid; diagnostics say where.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line itself is wrong: unknown option, bad value, unknown week.</summary>
    public const int Usage = 2;

    /// <summary>A bug in Reports: an exception nobody expected.</summary>
    public const int InternalError = 3;
}
