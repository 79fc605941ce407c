using System.Globalization;
using CsCheck;
using Reports.Rendering.Charts;

namespace Reports.Tests.Rendering.Charts;

/// <summary>Rounded SVG numbers are written exactly as a fixed-point format with up to that many decimals would.</summary>
public sealed class SvgNumbersTests
{
    [Fact]
    public void Should_write_each_number_as_the_fixed_point_format_does()
    {
        Gen.Select(Gen.Double[-2e9, 2e9], Gen.Int[0, 4], Gen.Int[0, 3]).Sample(
            (number, decimals, shift) =>
            {
                // Also small magnitudes, whose rounding goes to 0.
                var value = number / Math.Pow(10, shift * 3);
                var text = value.ToString("R", CultureInfo.InvariantCulture);
                Assert.Equal(Expected(value, decimals), SvgNumbers.Round(text, decimals));
            },
            iter: 20_000);
    }

    [Theory]
    [InlineData("M54.807442 190.99152L-0.004 1e-05Z", 2, "M54.81 190.99L0 0Z")]
    [InlineData("0.125,2.375,-1.625", 2, "0.13,2.38,-1.63")]
    [InlineData("3000000000.123", 2, "3000000000.12")]
    public void Should_round_away_from_zero_and_keep_what_lies_between(string value, int decimals, string expected) =>
        Assert.Equal(expected, SvgNumbers.Round(value, decimals));

    private static string Expected(double value, int decimals)
    {
        var rounded = Math.Round(double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }
}
