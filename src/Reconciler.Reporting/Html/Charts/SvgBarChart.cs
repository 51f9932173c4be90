using System.Globalization;
using System.Text;
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Reporting.Html.Charts;

/// <summary>
/// A <see cref="BarChart"/> as inline SVG, drawn by these few rules rather than a library: a group's label on a line
/// of its own, then one row per bar with its label on the left, the bar's length proportional to its value against
/// the chart's largest, and the value printed after it. Every bar carries a <c>&lt;title&gt;</c>; the chart a title
/// and a description for screen readers.
/// </summary>
public static class SvgBarChart
{
    public const int Width = 760;
    public const int LabelWidth = 240;
    public const int BarArea = 420;
    public const int RowHeight = 22;
    public const int BarHeight = 14;
    private const int GroupLabelChars = 90;
    private const int Gap = 8;

    public static string Render(BarChart chart)
    {
        var body = new StringBuilder();
        var y = Gap;
        var max = chart.Max;
        foreach (var group in chart.Groups.Where(g => g.Bars.Count > 0))
        {
            foreach (var line in LabelLines.Wrap(group.Label, GroupLabelChars))
            {
                y += RowHeight;
                body.Append(Invariant($"<text x=\"0\" y=\"{y - 6}\" font-weight=\"600\" fill=\"#1f2328\">{E(line)}</text>\n"));
            }

            foreach (var bar in group.Bars)
            {
                body.Append(Row(group, bar, y, max));
                y += RowHeight;
            }

            y += Gap;
        }

        if (chart.IsEmpty)
        {
            y += RowHeight;
            body.Append(Invariant($"<text x=\"0\" y=\"{y - 6}\" fill=\"#59636e\">Nothing to chart: no {E(chart.Unit)}.</text>\n"));
        }

        var height = y + Gap;
        return new StringBuilder()
            .Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n"))
            .Append($"<title id=\"{chart.Id}-title\">{E(chart.Title)}</title>\n")
            .Append($"<desc id=\"{chart.Id}-desc\">{E(chart.Description)}</desc>\n")
            .Append(body)
            .Append("</svg>\n")
            .ToString();
    }

    /// <summary>A bar's length: its share of the largest value, of the bar area; nothing when every value is 0.</summary>
    public static double Length(int value, int max) => max <= 0 ? 0 : Math.Round((double)value / max * BarArea, 1);

    private static string Row(BarGroup group, Bar bar, int y, int max)
    {
        var length = Length(bar.Value, max);
        var (fill, stroke) = Colours(bar.Tone);
        var dashed = bar.Dashed ? " fill-opacity=\"0.45\" stroke-dasharray=\"4 2\"" : "";
        var value = Number(bar.Value);
        return Invariant($"<g><title>{E(group.Label)}, {E(bar.Label)}: {value}</title>")
            + Invariant($"<text x=\"{LabelWidth - Gap}\" y=\"{y + BarHeight - 2}\" text-anchor=\"end\" fill=\"#1f2328\">{E(bar.Label)}</text>")
            + Invariant($"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"{fill}\" stroke=\"{stroke}\"{dashed}/>")
            + Invariant($"<text x=\"{LabelWidth + length + 6}\" y=\"{y + BarHeight - 2}\" fill=\"#1f2328\">{value}</text></g>\n");
    }

    /// <summary>The page's own palette (HtmlPage): red for blocked, amber for a prompt here, green for MFA at home.</summary>
    private static (string Fill, string Stroke) Colours(BarTone tone) => tone switch
    {
        BarTone.Blocked => ("#cf222e", "#a40e26"),
        BarTone.MfaHere => ("#d4a72c", "#9a6700"),
        BarTone.MfaAtHome => ("#1a7f37", "#116329"),
        BarTone.Other => ("#8250df", "#6639ba"),
        _ => ("#8c959f", "#59636e"),
    };

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlText.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
