namespace Reports.Data;

/// <summary>"Did you mean" suggestions: the candidate closest to a mistyped name by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The closest candidate (ignoring case), or null when none is close enough to be a likely typo, or when several
    /// are equally close: for <c>P9</c> among P0–P3, any pick would be a guess dressed up as a hint.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var allowed = value.Length switch
        {
            <= 3 => 1,
            <= 6 => 2,
            _ => 3,
        };

        string? best = null;
        var bestDistance = int.MaxValue;
        var tied = false;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tied = false;
            }
            else if (distance == bestDistance && !string.Equals(candidate, best, StringComparison.OrdinalIgnoreCase))
            {
                tied = true;
            }
        }

        return bestDistance <= allowed && !tied ? best : null;
    }

    /// <summary>
    /// Optimal string alignment distance, ignoring case: insertions, deletions, substitutions and swaps of two
    /// neighbouring characters each cost 1, so the common typo <c>scroe</c> is one step from <c>score</c>.
    /// </summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
