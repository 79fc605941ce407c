namespace Reports.Cli;

/// <summary>A command-line value that parses but cannot be used (a week that is not in the data); exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
