using System.CommandLine;

namespace Reports.Cli;

/// <summary>Options several commands share, so their names and help read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Data() => new("--data")
    {
        Description = "Folder holding the CSV files.",
        HelpName = "DIR",
        DefaultValueFactory = _ => "data",
    };
}
