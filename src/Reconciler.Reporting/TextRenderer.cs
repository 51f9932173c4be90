using System.Text;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>For a terminal: Terraform-like symbols, aligned property changes (see <see cref="PropertyText"/>), colour and wrapping only when asked.</summary>
/// <param name="width">The terminal's width: long values wrap at separators to fit it; null (a file, a pipe) never wraps.</param>
public sealed class TextRenderer(bool colour = false, int? width = null) : IReportRenderer
{
    public string Render(DriftReport report) => Join(
    [
        $"Drift for {Header(report.Header)}",
        Caution(EffectText.Caution(report.Weakening, "drifted object")),
        WeakeningUnmanaged(report),
        Objects(report.Drift.Select(r => (ChangeStyle.Of(r.Status), r.ResourceType, ResourceNames.Label(r.Key, r.Name), $" ({Join(ChangeStyle.Describe(r.Status), EffectText.Of(r.Effect))})", r.Properties))),
        Ignored(report),
        .. Footer(report),
        report.InSync ? "In sync: the tenant matches the stack." : $"Drift: {Count(report.Drift.Count, "object")} not as declared.",
    ]);

    public string Render(PlanReport report) => Join(
    [
        $"Plan for {Header(report.Drift.Header)}",
        Caution(EffectText.Caution(report.Weakening, "change")),
        WeakeningUnmanaged(report.Drift),
        Objects(report.Actions.Select(a => (a.Kind, a.ResourceType, ResourceNames.Label(a.Key, a.Name), EffectText.Of(a.Effect) is { Length: > 0 } e ? $" ({e})" : "", a.Properties))),
        Ignored(report.Drift),
        Safety(report.Safety),
        SignInImpact(report.SignInImpact),
        Evidence.EvidenceText.Block(report.Evidence),
        .. Footer(report.Drift),
        (report.IsEmpty ? "No changes: the tenant matches the stack." : $"Plan: {report.Summary}.")
            + (report.CanApply ? "" : "\nApply is blocked: see the errors above."),
    ]);

    private static string Caution(string caution) => caution.Length == 0 ? "" : $"Caution: {caution}";

    /// <summary>Unmanaged objects that weaken lead the report beside the drift that does, not only in the footer.</summary>
    private static string WeakeningUnmanaged(DriftReport report) =>
        Caution(IgnoredText.Caution(report.WeakeningUnmanaged.Count)) + string.Concat(report.WeakeningUnmanaged.Select(o => $"\n  {IgnoredText.Weakening(o)}"));

    private static string Ignored(DriftReport report) =>
        report.Ignored.Count == 0
            ? ""
            : $"{IgnoredText.Heading}:" + string.Concat(report.Ignored.Select(i => $"\n  {ResourceNames.Of(i.ResourceType)} {ResourceNames.Label(i.Key, i.Name)}  {IgnoredText.Of(i)}"));

    private static string Join(string status, string effect) => effect.Length == 0 ? status : $"{status}, {effect}";

    /// <summary>Blocks separated by one blank line; empty blocks vanish.</summary>
    private static string Join(IEnumerable<string> blocks) =>
        string.Join("\n\n", blocks.Where(b => b.Length > 0)) + "\n";

    /// <summary>No commit or read time: a terminal's reader just made the read, and apply's confirmation must read as plan did.</summary>
    private static string Header(ReportHeader header) =>
        $"stack {header.Stack}, tenant {ResourceNames.Label(header.TenantId, header.TenantName)}, read scope: {ResourceNames.Of(header.Scope)}";

    private string Objects(IEnumerable<(ChangeKind Kind, ResourceType Type, string Label, string Suffix, IReadOnlyList<PropertyRow> Properties)> rows)
    {
        var text = new StringBuilder();
        foreach (var (kind, type, label, suffix, properties) in rows)
        {
            var line = $"{ChangeStyle.Symbol(kind)} {ResourceNames.Of(type)} {label}";
            text.Append($"\n  {(colour ? ChangeStyle.Colour(kind, line) : line)}{suffix}");
            var pathWidth = properties.Count == 0 ? 0 : properties.Max(p => p.Path.Length);
            foreach (var property in properties)
            {
                text.Append('\n').Append(TextWrap.Hanging($"      {property.Path.PadRight(pathWidth)}  ", PropertyText.Value(kind, property, (value, _) => value), width));
            }
        }

        return text.ToString().TrimStart('\n');
    }

    private IEnumerable<string> Footer(DriftReport report)
    {
        if (report.Guests.Count > 0)
        {
            var width = report.Guests.Max(g => g.Email.Length);
            yield return "Guests:" + string.Concat(report.Guests.Select(g => $"\n  {g.Email.PadRight(width)}  {g.InvitationState ?? "not invited"}"));
        }

        if (report.Unmanaged.GuestCount > 0 || report.Unmanaged.Objects.Count > 0 || !report.Unmanaged.PartnersRead)
        {
            yield return $"Unmanaged (not in the stack, left alone): {UnmanagedText.Summary(report.Unmanaged)}"
                + string.Concat(report.Unmanaged.Objects.Select(o => $"\n  {ResourceNames.Of(o.ResourceType)} {ResourceNames.Label(o.Key, o.Name)}{(EffectText.Of(o.Effect) is { Length: > 0 } e ? $" ({e})" : "")}"))
                + (UnmanagedText.More(report.Unmanaged) is { } more ? $"\n  {more}" : "");
        }

        yield return string.Join("\n", report.Diagnostics.Select(d => Severity(d,
            d.Location is null ? $"{d.Severity} {d.Code}: {d.Message}" : $"{d.Location}: {d.Severity} {d.Code}: {d.Message}")));
    }

    /// <summary>Errors red and warnings yellow, as compilers colour them; info stays plain.</summary>
    private string Severity(DiagnosticRow diagnostic, string line) => !colour ? line : diagnostic.Severity switch
    {
        "error" => $"\u001b[31m{line}\u001b[0m",
        "warning" => $"\u001b[33m{line}\u001b[0m",
        _ => line,
    };

    private static string Safety(IReadOnlyList<SafetyRow> safety) =>
        safety.Count == 0
            ? ""
            : "Safety:" + string.Concat(safety.Select(s => $"\n  {s.Severity} {s.Code}{(s.Overridden ? $" (overridden by {s.OverrideName})" : "")}: {s.Message}"));

    private static string SignInImpact(IReadOnlyList<SignInImpactRow> rows)
    {
        if (rows.Count == 0)
        {
            return "";
        }

        string[][] table = [["user", "app", "before", "after"], .. SignInImpactText.Lines(rows).Select(r => new[] { r.User, r.App, r.Before, r.After })];
        var widths = Enumerable.Range(0, 4).Select(c => table.Max(r => r[c].Length)).ToArray();
        return "Sign-in impact:" + string.Concat(table.Select(row => "\n  " + string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
