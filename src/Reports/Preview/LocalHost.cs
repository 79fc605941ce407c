namespace Reports.Preview;

/// <summary>
/// The host names the preview answers to: <c>localhost</c> and <c>127.0.0.1</c>, on any port. A page of another
/// site whose name its owner points at 127.0.0.1 (DNS rebinding) still sends that name, and is refused.
/// </summary>
public static class LocalHost
{
    /// <param name="host">The request's host name without its port, as ASP.NET Core parses the <c>Host</c> header.</param>
    public static bool Accepts(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || string.Equals(host, "127.0.0.1", StringComparison.Ordinal);
}
