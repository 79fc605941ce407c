using System.Globalization;

namespace Reports.Bench;

/// <summary>Edits one score row of scores.csv in place, as a person would in an editor: a week in the middle of the history.</summary>
public sealed class ScoreEditor(string path)
{
    /// <summary>Raises or lowers (alternately) one category's score of the middle week, staying within 0–4; returns the week.</summary>
    public string ToggleMiddleRow(int edit)
    {
        var lines = File.ReadAllLines(path);
        var row = lines.Length / 2 + edit % 6;
        var cells = lines[row].Split(',', 4);
        var score = int.Parse(cells[2], CultureInfo.InvariantCulture);
        cells[2] = (score == 4 ? 3 : score == 0 ? 1 : edit % 2 == 0 ? score + 1 : score - 1).ToString(CultureInfo.InvariantCulture);
        lines[row] = string.Join(',', cells);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return cells[0];
    }
}
