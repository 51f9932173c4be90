using System.Globalization;
using System.Text.RegularExpressions;
using Reconciler.Reporting.Html.Charts;

namespace Reconciler.Core.Tests.Reports.Charts;

/// <summary>The chart's geometry and markup: bars in proportion, every label and value printed, nothing drawn for nothing.</summary>
public partial class SvgBarChartTests
{
    [Fact]
    public void BarsAreAsLongAsTheirValuesAgainstTheLargest()
    {
        var svg = SvgBarChart.Render(Chart(("Fabrikam", [("blocked", 10), ("unaffected", 40)]), ("Northwind", [("blocked", 20), ("unaffected", 0)])));

        Assert.Equal([SvgBarChart.BarArea / 4.0, SvgBarChart.BarArea, SvgBarChart.BarArea / 2.0, 0], Widths(svg));
        Assert.All(Rect().Matches(svg), m => Assert.Equal(SvgBarChart.LabelWidth, double.Parse(m.Groups["x"].Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TheLongestBarAndItsValueFitThePicture()
    {
        var svg = SvgBarChart.Render(Chart(("Fabrikam", [("blocked", 1_234_567)])));

        Assert.True(SvgBarChart.LabelWidth + SvgBarChart.BarArea + 6 + (9 * 8) <= SvgBarChart.Width, "the largest value has no room after its bar");
        Assert.Contains(">1,234,567</text>", svg, StringComparison.Ordinal);
        Assert.Equal(SvgBarChart.BarArea, SvgBarChart.Length(3, 3));
        Assert.Equal(0, SvgBarChart.Length(0, 0));
    }

    [Fact]
    public void EveryLabelAndValueIsPrintedAndEachBarHasATitle()
    {
        var svg = SvgBarChart.Render(Chart(("Fabrikam", [("blocked", 3), ("MFA here (prompted)", 1_234)])));

        Assert.Equal(["Fabrikam", "blocked", "3", "MFA here (prompted)", "1,234"], Texts(svg));
        Assert.Contains("role=\"img\" aria-labelledby=\"test-chart-title test-chart-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"test-chart-title\">Sign-ins per partner</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<title>Fabrikam, MFA here (prompted): 1,234</title>", svg, StringComparison.Ordinal);
        var ys = Rect().Matches(svg).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[1] >= ys[0] + SvgBarChart.BarHeight, "the bars overlap");
    }

    [Fact]
    public void ABeforeBarIsDashedSoColourIsNotTheOnlySignal()
    {
        var chart = new BarChart("c", "t", "d", "Guest group", "sign-in paths", [new BarGroup("guests", [new Bar("before: MFA here", 2, BarTone.MfaHere, Dashed: true), new Bar("after: MFA here", 0, BarTone.MfaHere)])]);

        var svg = SvgBarChart.Render(chart);

        Assert.Equal(["guests", "before: MFA here", "2", "after: MFA here", "0"], Texts(svg));
        Assert.Single(Regex.Matches(svg, "stroke-dasharray"));
    }

    [Fact]
    public void ALabelThatLooksLikeMarkupIsText()
    {
        var svg = SvgBarChart.Render(Chart(("<script>x</script>", [("a & b", 1)])));

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", svg, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Empty))]
    public void EmptyDataDrawsAMessageAndNoBars(BarChart chart)
    {
        var svg = SvgBarChart.Render(chart);

        Assert.DoesNotMatch(Rect(), svg);
        Assert.Contains("Nothing to chart: no sign-ins.", svg, StringComparison.Ordinal);
        Assert.Matches("height=\"[1-9][0-9]*\"", svg);
    }

    public static TheoryData<BarChart> Empty() => [Chart(), Chart(("Fabrikam", []))];

    [Fact]
    public void AllZeroValuesDrawNoLengthAndPrintTheirZeros()
    {
        var svg = SvgBarChart.Render(Chart(("Fabrikam", [("blocked", 0), ("unaffected", 0)])));

        Assert.Equal([0, 0], Widths(svg));
        Assert.Equal(["Fabrikam", "blocked", "0", "unaffected", "0"], Texts(svg));
    }

    [Fact]
    public void TheFigureHasTheNumbersAsATableWithHeaders()
    {
        var html = ChartFigure.Render(Chart(("Fabrikam", [("blocked", 2), ("unaffected", 1)]), ("Northwind", [("unaffected", 5)])), "A caption.");

        Assert.Contains("<figcaption>A caption.</figcaption>", html, StringComparison.Ordinal);
        Assert.Contains("<summary>Sign-ins per partner, as a table</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Partner</th><th scope=\"col\">blocked</th><th scope=\"col\">unaffected</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Northwind</th><td class=\"number\">0</td><td class=\"number\">5</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyChartHasNoTable()
    {
        var html = ChartFigure.Render(Chart(), "A caption.");

        Assert.Contains("Nothing to chart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
    }

    internal static BarChart Chart(params (string Group, (string Label, int Value)[] Bars)[] groups) => new(
        "test-chart",
        "Sign-ins per partner",
        "What the change does to each partner's sign-ins.",
        "Partner",
        "sign-ins",
        [.. groups.Select(g => new BarGroup(g.Group, [.. g.Bars.Select(b => new Bar(b.Label, b.Value, BarTone.Blocked))]))]);

    private static List<double> Widths(string svg) =>
        [.. Rect().Matches(svg).Select(m => double.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture))];

    private static List<string> Texts(string svg) =>
        [.. Text().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<rect x=\"(?<x>[0-9.]+)\" y=\"(?<y>[0-9]+)\" width=\"(?<width>[0-9.]+)\"")]
    private static partial Regex Rect();

    [GeneratedRegex("<text [^>]*>([^<]*)</text>")]
    private static partial Regex Text();
}
