namespace Reports.Tests.EndToEnd;

/// <summary>
/// Where the audit tools are: axe-core and the Nu Html Checker come from this folder's package.json, installed by
/// <c>npm ci --prefix tests/Reports.Tests/EndToEnd</c> (.ci/run does it); the checker also needs <c>java</c>.
/// Each property says why a test must be skipped, or is null when the tool is there.
/// </summary>
public static class AuditTools
{
    private const string Install = "run: npm ci --ignore-scripts --prefix tests/Reports.Tests/EndToEnd";

    public static string NodeModules => Path.Combine(RepositoryRoot.Path, "tests", "Reports.Tests", "EndToEnd", "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary><c>java</c> on the PATH, or null.</summary>
    public static string? Java => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "java.exe" : "java"))
        .FirstOrDefault(File.Exists);

    public static string? AxeMissingReason => File.Exists(AxeScript) ? null : $"axe-core is not installed ({AxeScript} is missing); {Install}";

    public static string? VnuMissingReason =>
        Java is null ? "java is not on the PATH (apt-get install default-jre-headless); the Nu Html Checker needs it"
        : File.Exists(VnuJar) ? null
        : $"the Nu Html Checker is not installed ({VnuJar} is missing); {Install}";
}
