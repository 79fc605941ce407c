using System.Text;

namespace Reports.Cli;

/// <summary>
/// A writer for a log that GitHub Actions reads: the runner obeys any line that starts with <c>::</c> (after
/// spaces) as a workflow command, so a data cell holding a line break and <c>::add-mask::…</c> would be obeyed
/// when printed. Every such line is written with a leading <c>&gt; </c>; Reports' own annotations go to the
/// unguarded writer (<see cref="CliConsole.WorkflowCommands"/>).
/// </summary>
public sealed class WorkflowCommandGuard(TextWriter inner) : TextWriter
{
    private const string Marker = "> ";
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            WriteLine(string.Empty);
            return;
        }

        _line.Append(value);
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        var start = 0;
        for (var end = value.IndexOf('\n', start); end >= 0; end = value.IndexOf('\n', start))
        {
            _line.Append(value, start, end - start);
            WriteLine(string.Empty);
            start = end + 1;
        }

        _line.Append(value, start, value.Length - start);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        if (!string.IsNullOrEmpty(value) && value.Contains('\n', StringComparison.Ordinal))
        {
            Write(value);
            WriteLine(string.Empty);
            return;
        }

        _line.Append(value);
        inner.WriteLine(Neutral(_line.ToString()));
        _line.Clear();
    }

    public override void WriteLine() => WriteLine(string.Empty);

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(Neutral(_line.ToString()));
            _line.Clear();
        }

        inner.Flush();
    }

    /// <summary>The runner trims leading white space and looks for <c>::</c>; a carriage return ends a line on screen, too.</summary>
    private static string Neutral(string line)
    {
        var parts = line.Split('\r');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].TrimStart().StartsWith("::", StringComparison.Ordinal))
            {
                parts[i] = Marker + parts[i];
            }
        }

        return string.Join('\r', parts);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
