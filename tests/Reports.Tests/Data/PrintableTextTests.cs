using Reports.Diagnostics;

namespace Reports.Tests.Data;

public sealed class PrintableTextTests
{
    [Theory]
    [InlineData("plain 'text' – ü", "plain 'text' – ü")]
    [InlineData("a\0b", "a\\0b")]
    [InlineData("line\nbreak\r\ttab", "line\\nbreak\\r\\ttab")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("evil\u202Egnp.exe", "evil\\u202Egnp.exe")]
    [InlineData("\u0085\u007f", "\\u0085\\u007F")]
    public void Should_escape_what_a_terminal_would_obey_and_nothing_else(string text, string printed)
    {
        Assert.Equal(printed, PrintableText.Escape(text));
    }
}
