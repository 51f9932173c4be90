using System.Text.Json;
using Reconciler.Planning;

namespace Reconciler.Reporting.Evidence;

/// <summary>Renders <see cref="EvidenceCommandReport"/> in the four formats; the blocks are the ones a plan report shows.</summary>
public static class EvidenceReportRenderer
{
    public static string Render(EvidenceCommandReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => Json(report),
        ReportFormat.Markdown => Markdown(report),
        ReportFormat.Html => Html.EvidencePage.Render(report),
        _ => Text(report),
    };

    private static string Text(EvidenceCommandReport report)
    {
        var header = report.Header;
        string[] blocks =
        [
            $"Evidence for stack {header.Stack}, tenant {ResourceNames.Label(header.TenantId, header.TenantName)}, read scope: {ResourceNames.Of(header.Scope)}",
            $"The change judged: {Change(report.Change)}.",
            EvidenceText.Block(report.Evidence),
            report.Safety.Count == 0 ? "" : "Safety:" + string.Concat(report.Safety.Select(s => $"\n  {s.Severity} {s.Code}: {s.Message}")),
            string.Join("\n", report.Diagnostics.Select(d => $"{d.Severity} {d.Code}: {d.Message}")),
        ];
        return string.Join("\n\n", blocks.Where(b => b.Length > 0)) + "\n";
    }

    private static string Markdown(EvidenceCommandReport report)
    {
        var header = report.Header;
        var text = $"### Evidence (stack {MarkdownText.Code(header.Stack)}, tenant {MarkdownText.Text(header.TenantName ?? "?")} {MarkdownText.Code(header.TenantId)})\n\n"
            + $"The change judged: {MarkdownText.Text(Change(report.Change))}.\n\n"
            + EvidenceMarkdown.Section(report.Evidence);
        if (report.Safety.Count > 0)
        {
            text += "**Safety**\n\n" + string.Concat(report.Safety.Select(s => $"- {s.Severity} `{s.Code}`: {MarkdownText.Text(s.Message)}\n")) + "\n";
        }
        if (report.Diagnostics.Count > 0)
        {
            text += "**Diagnostics**\n\n" + string.Concat(report.Diagnostics.Select(d => $"- {d.Severity} `{d.Code}`: {MarkdownText.Text(d.Message)}\n")) + "\n";
        }
        return text;
    }

    private static string Json(EvidenceCommandReport report)
    {
        var document = new EvidenceDocument(
            1,
            "evidence",
            report.Header.Stack,
            report.Header.TenantId,
            report.Header.TenantName,
            report.Header.Scope,
            report.Change,
            EvidenceJson.From(report.Evidence),
            report.Safety,
            [.. report.Diagnostics.Select(JsonReportDocument.FindingOf)])
        {
            Commit = report.Header.Commit,
            ReadAt = report.Header.ReadAt,
        };
        return JsonSerializer.Serialize(document, JsonRenderer.Options).ReplaceLineEndings("\n") + "\n";
    }

    public static string Change(PlanSummary summary) =>
        summary.Add + summary.Change + summary.Remove == 0 ? "no changes (the tenant as it is)" : summary.ToString();

    /// <summary>The JSON shape of <c>reconciler evidence</c> (<c>$defs/evidenceReport</c>).</summary>
    private sealed record EvidenceDocument(
        int SchemaVersion,
        string Kind,
        string Stack,
        string TenantId,
        string? TenantName,
        Model.Live.ReadScope Scope,
        PlanSummary Change,
        EvidenceJson Evidence,
        IReadOnlyList<SafetyRow> Safety,
        IReadOnlyList<JsonReportDocument.Finding> Diagnostics)
    {
        public string? Commit { get; init; }

        public DateTimeOffset? ReadAt { get; init; }
    }
}
