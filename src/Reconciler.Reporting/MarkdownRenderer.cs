using System.Text;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>For a pull-request comment: a one-line verdict, a summary table, then each object folded in <c>&lt;details&gt;</c>.</summary>
public sealed class MarkdownRenderer : IReportRenderer
{
    public string Render(DriftReport report)
    {
        var text = new StringBuilder();
        var verdict = report.InSync ? "In sync" : $"Drift: {report.Drift.Count} {(report.Drift.Count == 1 ? "object" : "objects")} not as declared";
        text.AppendLine($"### {verdict} ({Header(report.Header)})").AppendLine();
        WriteCaution(text, EffectText.Caution(report.Weakening, "drifted object"));
        WriteObjects(text, "Status", report.Drift.Select(r => (ChangeStyle.Of(r.Status), r.ResourceType, r.Key, r.Name, ChangeStyle.Describe(r.Status), EffectText.Of(r.Effect), r.Properties)).ToList());
        WriteFooter(text, report);
        return text.ToString();
    }

    public string Render(PlanReport report)
    {
        var text = new StringBuilder();
        var verdict = report.IsEmpty ? "No changes" : $"Plan: {report.Summary}";
        text.AppendLine($"### {verdict} ({Header(report.Drift.Header)})").AppendLine();
        if (!report.CanApply)
        {
            // A GitHub alert, so a blocked plan cannot be mistaken for one waiting for approval.
            var blocking = report.Safety.Where(s => s.Blocks).Select(s => $"`{s.Code}`").Distinct().ToList();
            var errors = report.Drift.Diagnostics.Where(d => d.Severity == "error").Select(d => $"`{d.Code}`").Distinct().ToList();
            text.AppendLine("> [!CAUTION]")
                .AppendLine($"> **Apply is blocked**{(blocking.Count + errors.Count > 0 ? $" by {string.Join(", ", blocking.Concat(errors))}" : "")}: apply would refuse this plan and write nothing. See Safety and Diagnostics below.")
                .AppendLine();
        }

        WriteCaution(text, EffectText.Caution(report.Weakening, "change"));
        WriteObjects(text, "Action", report.Actions.Select(a => (a.Kind, a.ResourceType, a.Key, a.Name, ChangeStyle.Verb(a.Kind), EffectText.Of(a.Effect), a.Properties)).ToList());
        WriteSafety(text, report.Safety);
        WriteSignInImpact(text, report.SignInImpact);
        WriteFooter(text, report.Drift);
        return text.ToString();
    }

    private static string Header(ReportHeader header) =>
        $"stack {MarkdownText.Code(header.Stack)}, tenant {MarkdownText.Text(header.TenantName ?? "?")} {MarkdownText.Code(header.TenantId)}";

    /// <summary>GitHub renders this as a red Caution alert.</summary>
    private static void WriteCaution(StringBuilder text, string caution)
    {
        if (caution.Length > 0)
        {
            text.AppendLine("> [!CAUTION]").AppendLine($"> {caution}").AppendLine();
        }
    }

    private static void WriteObjects(StringBuilder text, string column, List<(ChangeKind Kind, ResourceType Type, string Key, string? Name, string Status, string Effect, IReadOnlyList<PropertyRow> Properties)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine($"| | Resource | Key | {column} | Effect |").AppendLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| `{ChangeStyle.Symbol(row.Kind)}` | {ResourceNames.Of(row.Type)} | {Cell(ResourceNames.Label(row.Key, row.Name))} | {row.Status} | {row.Effect} |");
        }

        text.AppendLine();
        foreach (var row in rows.Where(r => r.Properties.Count > 0))
        {
            text.AppendLine($"<details><summary><code>{ChangeStyle.Symbol(row.Kind)}</code> {ResourceNames.Of(row.Type)} {Cell(ResourceNames.Label(row.Key, row.Name))}</summary>").AppendLine();
            text.AppendLine("| Property | Declared | Live |").AppendLine("|---|---|---|");
            foreach (var property in row.Properties)
            {
                text.AppendLine($"| {MarkdownText.Code(property.Path)} | {MarkdownText.Code(property.Declared)} | {MarkdownText.Code(property.Live)} |");
            }

            text.AppendLine().AppendLine("</details>").AppendLine();
        }
    }

    private static void WriteSafety(StringBuilder text, IReadOnlyList<SafetyRow> safety)
    {
        if (safety.Count == 0)
        {
            return;
        }

        text.AppendLine("**Safety**").AppendLine();
        foreach (var row in safety)
        {
            var overridden = row.Overridden ? $" (overridden by `{row.OverrideName}`)" : "";
            text.AppendLine($"- `{row.Severity} {row.Code}`{overridden}: {MarkdownText.Text(row.Message)}");
        }

        text.AppendLine();
    }

    private static void WriteSignInImpact(StringBuilder text, IReadOnlyList<SignInImpactRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine("**Sign-in impact**").AppendLine().AppendLine("| User | App | Before | After |").AppendLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine($"| {Cell(row.User)} | {Cell(row.App)} | {Cell(row.Before)} | {Cell(row.After)} |");
        }

        text.AppendLine();
    }

    private static void WriteFooter(StringBuilder text, DriftReport report)
    {
        if (report.Guests.Count > 0)
        {
            text.AppendLine($"**Guests:** {string.Join(", ", report.Guests.Select(g => $"{MarkdownText.Text(g.Email)} ({MarkdownText.Text(g.InvitationState ?? "not invited")})"))}").AppendLine();
        }

        if (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0 || !report.Unmanaged.PartnersRead)
        {
            text.AppendLine($"<details><summary>Unmanaged (not in the stack, left alone): {UnmanagedText.Summary(report.Unmanaged)}</summary>").AppendLine();
            foreach (var row in report.Unmanaged.Objects)
            {
                text.AppendLine($"- {ResourceNames.Of(row.ResourceType)} {Cell(ResourceNames.Label(row.Key, row.Name))}");
            }

            if (UnmanagedText.More(report.Unmanaged) is { } more)
            {
                text.AppendLine($"- {more}");
            }

            text.AppendLine().AppendLine("</details>").AppendLine();
        }

        if (report.Diagnostics.Count > 0)
        {
            text.AppendLine("**Diagnostics**").AppendLine();
            foreach (var d in report.Diagnostics)
            {
                text.AppendLine($"- `{d.Severity} {d.Code}`: {MarkdownText.Text(d.Message)}");
            }

            text.AppendLine();
        }

        text.AppendLine($"<sub>Read scope: {ResourceNames.Of(report.Header.Scope)}.</sub>");
    }

    /// <summary>A user-controlled string in running text or a table cell.</summary>
    private static string Cell(string value) => MarkdownText.Text(value);
}
