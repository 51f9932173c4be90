using Reconciler.Reporting.Evidence;

namespace Reconciler.Reporting.Html;

/// <summary>
/// <c>reconciler evidence --output html</c>: the plan's page shell with the evidence verdict as its heading, the
/// stack, tenant and the change judged under it, then the evidence section, the safety findings and the notes.
/// </summary>
public static class EvidencePage
{
    public static string Render(EvidenceCommandReport report)
    {
        var verdict = report.Evidence.Verdict;
        List<string> alerts = [];
        var blocking = report.Safety.Where(s => s.Blocks).Select(s => s.Code).Distinct().ToList();
        if (blocking.Count > 0)
        {
            alerts.Add(HtmlPage.Alert("Apply is blocked", $"by {string.Join(", ", blocking.Select(c => $"<code>{HtmlText.Encode(c)}</code>"))}: apply would refuse this change and write nothing. See Safety below."));
        }
        else if (EvidenceHtml.Alarming(report.Evidence))
        {
            alerts.Add(HtmlPage.Alert("Warning", "the change would block sign-ins or enable a policy the service saw fail them. See Evidence below.", warning: true));
        }

        List<HtmlSection> sections = [EvidenceHtml.Section(report.Evidence, withVerdict: false)];
        HtmlRenderer.AddSafety(sections, report.Safety);
        if (report.Diagnostics.Count > 0)
        {
            sections.Add(new HtmlSection("diagnostics", "Diagnostics", HtmlRenderer.Diagnostics(report.Diagnostics)));
        }

        var meta = $"{HtmlRenderer.Meta(report.Header)} The change judged: {HtmlText.Encode(EvidenceReportRenderer.Change(report.Change))}.";
        return HtmlPage.Render($"Evidence: stack {report.Header.Stack}", verdict, meta, alerts, sections);
    }
}
