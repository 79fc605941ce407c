namespace Reports.Cli;

/// <summary>Wraps text in terminal colours, or leaves it alone.</summary>
public sealed class Painter
{
    private readonly bool _ansi;

    private Painter(bool ansi) => _ansi = ansi;

    public static Painter Plain { get; } = new(false);

    public static Painter Ansi { get; } = new(true);

    public string Error(string text) => Wrap(text, "31");

    public string Warning(string text) => Wrap(text, "33");

    public string Good(string text) => Wrap(text, "32");

    public string Strong(string text) => Wrap(text, "1");

    private string Wrap(string text, string code) => _ansi ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
