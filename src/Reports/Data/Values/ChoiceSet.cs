namespace Reports.Data.Values;

/// <summary>
/// The values an enumerated column accepts, matched ignoring case, with an optional normalization for accepted
/// spellings (<c>Sev-1</c> for <c>sev1</c>).
/// </summary>
internal sealed class ChoiceSet<T>(IReadOnlyList<(string Text, T Value)> choices, Func<string, string>? normalize = null)
    where T : struct
{
    public IEnumerable<string> Texts => choices.Select(c => c.Text);

    public T? Find(string text)
    {
        var normalized = normalize?.Invoke(text) ?? text;
        foreach (var (choice, value) in choices)
        {
            if (string.Equals(choice, normalized, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public string? Suggest(string text) => Suggestions.Closest(normalize?.Invoke(text) ?? text, Texts);
}
