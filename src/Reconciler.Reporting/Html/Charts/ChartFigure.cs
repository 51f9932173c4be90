using System.Globalization;
using System.Text;

namespace Reconciler.Reporting.Html.Charts;

/// <summary>
/// A chart on a page: the SVG in a <c>&lt;figure&gt;</c> with its caption, and the same numbers as a table in a
/// <c>&lt;details&gt;</c> beneath, for whoever reads numbers faster than bars or cannot see them.
/// </summary>
public static class ChartFigure
{
    public static string Render(BarChart chart, string caption)
    {
        var columns = chart.Groups.SelectMany(g => g.Bars).Select(b => b.Label).Distinct(StringComparer.Ordinal).ToList();
        var table = new StringBuilder($"<details><summary>{E(chart.Title)}, as a table</summary>\n<div class=\"table\"><table>\n<thead><tr><th scope=\"col\">{E(chart.GroupHeading)}</th>");
        table.Append(string.Concat(columns.Select(c => $"<th scope=\"col\">{E(c)}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var group in chart.Groups)
        {
            var values = columns.Select(c => group.Bars.Where(b => b.Label == c).Sum(b => b.Value));
            table.Append($"<tr><th scope=\"row\">{E(group.Label)}</th>")
                .Append(string.Concat(values.Select(v => $"<td class=\"number\">{v.ToString("N0", CultureInfo.InvariantCulture)}</td>")))
                .Append("</tr>\n");
        }

        table.Append("</tbody>\n</table></div>\n</details>\n");
        return $"<figure>\n{SvgBarChart.Render(chart)}<figcaption>{E(caption)}</figcaption>\n</figure>\n{(chart.IsEmpty ? "" : table.ToString())}";
    }

    private static string E(string text) => HtmlText.Encode(text);
}
