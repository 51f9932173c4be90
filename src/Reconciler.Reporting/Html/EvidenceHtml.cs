using System.Text;
using Reconciler.Access.Evidence;
using Reconciler.Reporting.Evidence;
using Reconciler.Reporting.Html.Charts;

namespace Reconciler.Reporting.Html;

/// <summary>
/// The evidence as an HTML section, for a plan's page and for <c>reconciler evidence</c>'s own: the verdict, how the
/// log was read, a chart per partner with its numbers as a table, the rows per partner, guest type and app, then the
/// most affected guests, each promoted report-only policy (open when the service saw it fail sign-ins) and the
/// replay's agreement with the service. The words are the ones text and markdown print (<see cref="EvidenceLines"/>).
/// </summary>
public static class EvidenceHtml
{
    /// <param name="withVerdict">False on the evidence page, whose heading is the verdict already.</param>
    public static HtmlSection Section(EvidenceReport report, bool withVerdict)
    {
        var html = new StringBuilder();
        if (withVerdict)
        {
            html.Append(Alarming(report) ? HtmlPage.Alert("Warning", E(report.Verdict), warning: true) + "\n" : $"<p><strong>{E(report.Verdict)}</strong></p>\n");
        }

        html.Append($"<p class=\"meta\">{E(HtmlText.Capitalised(EvidenceLines.Read(report)))}.</p>\n");
        if (report.Result is { } result)
        {
            AddRows(html, result);
            AddDetails(html, result);
        }

        return new HtmlSection("evidence", "Evidence", html.ToString());
    }

    /// <summary>A sign-in the change would block, or a promoted policy the service saw fail sign-ins: what a reviewer must not miss.</summary>
    public static bool Alarming(EvidenceReport report) =>
        report.Result is { Totals.Blocked: > 0 } || report.Result?.Promotions.Any(p => p.WouldFail) == true;

    private static void AddRows(StringBuilder html, EvidenceResult result)
    {
        if (result.Rows.Count == 0)
        {
            return;
        }

        var chart = EvidenceChart.Of(result);
        html.Append(ChartFigure.Render(chart, $"{chart.Title}. Each bar is labelled and its value printed; the numbers per guest type and app follow."));
        html.Append("<div class=\"table\"><table>\n<thead><tr>")
            .Append(string.Concat(EvidenceLines.Columns.Select((c, i) => $"<th scope=\"col\"{(i >= 3 ? " class=\"number\"" : "")}>{E(HtmlText.Capitalised(c))}</th>")))
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var row in EvidenceLines.Rows(result))
        {
            html.Append($"<tr><th scope=\"row\">{E(row[0])}</th>")
                .Append(string.Concat(row[1..3].Select(cell => $"<td>{E(cell)}</td>")))
                .Append(string.Concat(row[3..].Select(cell => $"<td class=\"number\">{E(cell)}</td>")))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (EvidenceLines.MoreRows(result) is { } more)
        {
            html.Append($"<p>{E(HtmlText.Capitalised(more))}.</p>\n");
        }
    }

    private static void AddDetails(StringBuilder html, EvidenceResult result)
    {
        if (result.MostAffected.Count > 0)
        {
            html.Append("<h3>Most affected guests</h3>\n").Append(List(result.MostAffected.Select(EvidenceLines.Guest)));
        }

        if (result.Promotions.Count > 0)
        {
            html.Append("<h3>Report-only policies this change enables, as the service judged them</h3>\n");
            foreach (var promotion in result.Promotions)
            {
                // A policy that would have failed sign-ins is shown open and outlined, as a weakening change is.
                var examples = promotion.Examples.Count == 0 ? "<p>No examples.</p>\n" : List(promotion.Examples.Select(EvidenceLines.Example));
                html.Append($"<details{(promotion.WouldFail ? " class=\"weakens\" open" : "")}><summary>{E(EvidenceLines.Promotion(promotion))}{(promotion.WouldFail ? " (would fail sign-ins)" : "")}</summary>\n{examples}</details>\n");
            }
        }

        html.Append("<h3>The replay against the service</h3>\n").Append($"<p>{E(EvidenceLines.Agreement(result.Agreement))}.</p>\n");
        if (result.Agreement.Disagreements.Count > 0)
        {
            html.Append(List(result.Agreement.Disagreements.Select(EvidenceLines.Disagreement)));
        }
    }

    private static string List(IEnumerable<string> lines) => $"<ul>\n{string.Concat(lines.Select(l => $"<li>{E(l)}</li>\n"))}</ul>\n";

    private static string E(string text) => HtmlText.Encode(text);
}
