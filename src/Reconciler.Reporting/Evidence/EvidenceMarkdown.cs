using System.Text;

namespace Reconciler.Reporting.Evidence;

/// <summary>
/// The evidence section of a markdown report: the verdict in bold (a blocked sign-in raises a warning alert), the rows as
/// a table, the rest folded in <c>&lt;details&gt;</c> so a pull-request comment stays short.
/// </summary>
public static class EvidenceMarkdown
{
    public static string Section(EvidenceReport? report)
    {
        if (report is null)
        {
            return "";
        }

        var text = new StringBuilder("**Evidence**\n\n");
        var alert = report.Result is { Totals.Blocked: > 0 } || report.Result?.Promotions.Any(p => p.WouldFail) == true;
        text.Append(alert ? $"> [!WARNING]\n> {MarkdownText.Text(report.Verdict)}\n\n" : $"{MarkdownText.Text(report.Verdict)}\n\n");
        text.Append($"<sub>{MarkdownText.Text(EvidenceLines.Read(report))}.</sub>\n\n");
        if (report.Result is not { } result)
        {
            return text.ToString();
        }

        if (result.Rows.Count > 0)
        {
            text.Append("| " + string.Join(" | ", EvidenceLines.Columns.Select(Cap)) + " |\n");
            text.Append("|---|---|---|" + string.Concat(Enumerable.Repeat("--:|", EvidenceLines.Columns.Length - 3)) + "\n");
            foreach (var row in EvidenceLines.Rows(result))
            {
                text.Append("| " + string.Join(" | ", row.Select(MarkdownText.Text)) + " |\n");
            }
            if (EvidenceLines.MoreRows(result) is { } more)
            {
                text.Append($"\n{MarkdownText.Text(more)}.\n");
            }
            text.Append('\n');
        }

        var details = new StringBuilder();
        List("**Most affected guests**", result.MostAffected.Select(EvidenceLines.Guest), details);
        foreach (var promotion in result.Promotions)
        {
            List($"Report-only {MarkdownText.Text(EvidenceLines.Promotion(promotion))}", promotion.Examples.Select(EvidenceLines.Example), details, always: true);
        }
        List(MarkdownText.Text(EvidenceLines.Agreement(result.Agreement)), result.Agreement.Disagreements.Select(EvidenceLines.Disagreement), details, always: true);
        text.Append($"<details><summary>Guests, report-only results and the replay's agreement</summary>\n\n{details}</details>\n\n");
        return text.ToString();
    }

    /// <summary>A heading (already markdown) and its lines as a list; a heading without lines only when <paramref name="always"/>.</summary>
    private static void List(string heading, IEnumerable<string> lines, StringBuilder text, bool always = false)
    {
        var list = lines.ToList();
        if (list.Count == 0 && !always)
        {
            return;
        }
        text.Append($"{heading}\n\n");
        text.Append(string.Concat(list.Select(l => $"- {MarkdownText.Text(l)}\n"))).Append(list.Count > 0 ? "\n" : "");
    }

    private static string Cap(string column) => char.ToUpperInvariant(column[0]) + column[1..];
}
