using Reports.Bench;

// Usage: DataGenerator <output-dir> <weeks> [seed] [--evidence] [--incidents-per-week N]
var evidence = args.Contains("--evidence");
args = [.. args.Where(a => a != "--evidence")];
int? incidentsPerWeek = null;
var flag = Array.IndexOf(args, "--incidents-per-week");
if (flag >= 0 && flag + 1 < args.Length)
{
    incidentsPerWeek = int.Parse(args[flag + 1], System.Globalization.CultureInfo.InvariantCulture);
    args = [.. args[..flag], .. args[(flag + 2)..]];
}

if (args.Length < 2 || !int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var weeks) || weeks < 1)
{
    Console.Error.WriteLine("usage: DataGenerator <output-dir> <weeks> [seed] [--evidence] [--incidents-per-week N]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20260217;
var counts = new SampleProgram(weeks, seed) { WithEvidence = evidence, IncidentsPerWeek = incidentsPerWeek }.WriteTo(args[0]);
Console.WriteLine(counts);
return 0;
