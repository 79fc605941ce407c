namespace Reports.Pipeline;

/// <summary>
/// Site-relative output paths: '/'-separated, no leading or trailing '/', no empty, '.' or '..' segments,
/// no backslash, colon or control characters. One rule, so that a path can never leave the output folder.
/// </summary>
public static class SitePath
{
    public static bool IsValid(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }

        foreach (var c in path)
        {
            if (c == '\\' || c == ':' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="path"/> when valid; an invalid path is a bug in the code that made it.</summary>
    public static string Validate(string path) =>
        IsValid(path) ? path : throw new ArgumentException($"'{path}' is not a valid site-relative path.", nameof(path));
}
