using System.Text;

namespace Reports.Site.Views;

/// <summary>
/// Turns record ids (KI-1, "H 2", "&lt;b&gt;") into fragment ids that are valid, readable and stable: letters, digits,
/// '-', '_' and '.' are kept, any other run of characters becomes one '-', and an id that does not start with a
/// letter gets an <c>id-</c> prefix. Ids that collide after this get <c>-2</c>, <c>-3</c> … in the order given.
/// </summary>
public static class FragmentIds
{
    public static string Sanitize(string id)
    {
        var builder = new StringBuilder(id.Length + 3);
        var pendingDash = false;
        foreach (var c in id.Trim())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        var result = builder.ToString().Trim('-');
        if (result.Length == 0)
        {
            return "id";
        }

        return char.IsAsciiLetter(result[0]) ? result : "id-" + result;
    }

    /// <summary>Assigns each id a distinct fragment id, deterministically (first come keeps the plain form).</summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> ids)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            if (byId.ContainsKey(id))
            {
                continue;
            }

            var baseId = Sanitize(id);
            var candidate = baseId;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = baseId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            byId[id] = candidate;
        }

        return byId;
    }
}
