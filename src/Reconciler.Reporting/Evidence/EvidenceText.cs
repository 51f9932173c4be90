using System.Text;

namespace Reconciler.Reporting.Evidence;

/// <summary>The evidence block of a text report (plan, and the evidence command), aligned like the sign-in impact table.</summary>
public static class EvidenceText
{
    public static string Block(EvidenceReport? report)
    {
        if (report is null)
        {
            return "";
        }

        var text = new StringBuilder($"Evidence ({EvidenceLines.Read(report)}):\n  {report.Verdict}");
        if (report.Result is not { } result)
        {
            return text.ToString();
        }

        if (result.Rows.Count > 0)
        {
            text.Append("\n\n").Append(Table([EvidenceLines.Columns, .. EvidenceLines.Rows(result)]));
            if (EvidenceLines.MoreRows(result) is { } more)
            {
                text.Append($"\n  {more}");
            }
        }

        Section(text, "Most affected guests:", result.MostAffected.Select(EvidenceLines.Guest));
        if (result.Promotions.Count > 0)
        {
            text.Append("\n\n  Report-only policies this change enables, as the service judged them:");
            foreach (var promotion in result.Promotions)
            {
                text.Append($"\n    {EvidenceLines.Promotion(promotion)}");
                text.Append(string.Concat(promotion.Examples.Select(e => $"\n      {EvidenceLines.Example(e)}")));
            }
        }

        text.Append($"\n\n  {EvidenceLines.Agreement(result.Agreement)}");
        text.Append(string.Concat(result.Agreement.Disagreements.Select(d => $"\n    {EvidenceLines.Disagreement(d)}")));

        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            text.Append($"\n\n  {heading}").Append(string.Concat(list.Select(l => $"\n    {l}")));
        }
    }

    private static string Table(IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return string.Join("\n", rows.Select(row => "  " + string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()));
    }
}
