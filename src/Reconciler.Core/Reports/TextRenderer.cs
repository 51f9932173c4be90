using System.Text;
using Reconciler.Core.Planning;

namespace Reconciler.Core.Reports;

/// <summary>For a terminal: Terraform-like symbols, aligned property changes (live -> declared), colour only when asked.</summary>
public sealed class TextRenderer(bool colour = false) : IReportRenderer
{
    public string Render(DriftReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"Drift for {Header(report.Header)}").AppendLine();
        foreach (var row in report.Drift)
        {
            WriteObject(text, ChangeStyle.Of(row.Status), row.ResourceType, ResourceNames.Label(row.Key, row.Name), $" ({ChangeStyle.Describe(row.Status)})", row.Properties);
        }

        WriteFooter(text, report);
        text.AppendLine(report.InSync
            ? "In sync: the tenant matches the stack."
            : $"Drift: {Count(report.Drift.Count, "object")} not as declared.");
        return text.ToString();
    }

    public string Render(PlanReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"Plan for {Header(report.Drift.Header)}").AppendLine();
        foreach (var action in report.Actions)
        {
            WriteObject(text, action.Kind, action.ResourceType, ResourceNames.Label(action.Key, action.Name), "", action.Properties);
        }

        WriteSafety(text, report.Safety);
        WriteSignInImpact(text, report.SignInImpact);
        WriteFooter(text, report.Drift);
        text.AppendLine(report.IsEmpty ? "No changes: the tenant matches the stack." : $"Plan: {report.Summary}.");
        if (!report.CanApply)
        {
            text.AppendLine("Apply is blocked: see the errors above.");
        }

        return text.ToString();
    }

    private static string Header(ReportHeader header) =>
        $"stack {header.Stack}, tenant {ResourceNames.Label(header.TenantId, header.TenantName)}, read scope: {ResourceNames.Of(header.Scope)}";

    private void WriteObject(StringBuilder text, ChangeKind kind, ResourceType type, string label, string suffix, IReadOnlyList<PropertyRow> properties)
    {
        var line = $"{ChangeStyle.Symbol(kind)} {ResourceNames.Of(type)} {label}";
        text.AppendLine($"  {(colour ? ChangeStyle.Colour(kind, line) : line)}{suffix}");
        var width = properties.Count == 0 ? 0 : properties.Max(p => p.Path.Length);
        foreach (var property in properties)
        {
            text.AppendLine($"      {property.Path.PadRight(width)}  {property.Live} -> {property.Declared}");
        }
    }

    private static void WriteFooter(StringBuilder text, DriftReport report)
    {
        if (report.Drift.Count > 0 || report.Guests.Count > 0)
        {
            text.AppendLine();
        }

        if (report.Guests.Count > 0)
        {
            text.AppendLine("Guests:");
            var width = report.Guests.Max(g => g.Email.Length);
            foreach (var guest in report.Guests)
            {
                text.AppendLine($"  {guest.Email.PadRight(width)}  {guest.InvitationState ?? "not invited"}");
            }

            text.AppendLine();
        }

        if (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0)
        {
            text.AppendLine($"Unmanaged (not in the stack, left alone): {UnmanagedText.Summary(report.Unmanaged)}");
            foreach (var row in report.Unmanaged.Objects)
            {
                text.AppendLine($"  {ResourceNames.Of(row.ResourceType)} {ResourceNames.Label(row.Key, row.Name)}");
            }

            text.AppendLine();
        }

        foreach (var diagnostic in report.Diagnostics)
        {
            text.AppendLine(DiagnosticLine(diagnostic));
        }

        if (report.Diagnostics.Count > 0)
        {
            text.AppendLine();
        }
    }

    private static void WriteSafety(StringBuilder text, IReadOnlyList<SafetyRow> safety)
    {
        if (safety.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Safety:");
        foreach (var row in safety)
        {
            var overridden = row.Overridden ? $" (overridden by {row.OverrideName})" : "";
            text.AppendLine($"  {row.Severity} {row.Code}{overridden}: {row.Message}");
        }
    }

    private static void WriteSignInImpact(StringBuilder text, IReadOnlyList<SignInImpactRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Sign-in impact:");
        string[][] table = [["user", "app", "before", "after"], .. rows.Select(r => new[] { r.User, r.App, r.Before, r.After })];
        var widths = Enumerable.Range(0, 4).Select(c => table.Max(r => r[c].Length)).ToArray();
        foreach (var row in table)
        {
            text.AppendLine("  " + string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private static string DiagnosticLine(DiagnosticRow d) =>
        d.Location is null ? $"{d.Severity} {d.Code}: {d.Message}" : $"{d.Location}: {d.Severity} {d.Code}: {d.Message}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
