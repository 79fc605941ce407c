using Reports.Bench;

// Usage: DataGenerator <output-dir> <weeks> [seed] [--evidence]
var evidence = args.Contains("--evidence");
args = [.. args.Where(a => a != "--evidence")];
if (args.Length < 2 || !int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var weeks) || weeks < 1)
{
    Console.Error.WriteLine("usage: DataGenerator <output-dir> <weeks> [seed] [--evidence]");
    return 2;
}

var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20260217;
var counts = new SampleProgram(weeks, seed) { WithEvidence = evidence }.WriteTo(args[0]);
Console.WriteLine(counts);
return 0;
