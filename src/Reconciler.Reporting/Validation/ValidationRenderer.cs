using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reconciler.Reporting.Validation;

/// <summary>
/// <c>validate</c>'s report in each format: the diagnostics as MSBuild-style lines (which editors and CI annotate)
/// and a one-line verdict in text, a table in markdown, a versioned document in JSON.
/// </summary>
public static class ValidationRenderer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(ValidationReport report, ReportFormat format) => format switch
    {
        ReportFormat.Json => JsonSerializer.Serialize(Document(report), Json).ReplaceLineEndings("\n") + "\n",
        ReportFormat.Markdown => Markdown(report),
        _ => string.Concat(report.Diagnostics.Select(d => Line(d) + "\n")) + Verdict(report) + "\n",
    };

    /// <summary>The verdict sentence, e.g. <c>Pulumi.dev.yaml is valid: 1 guest, 1 policy, 1 partner, 0 warnings.</c></summary>
    public static string Verdict(ValidationReport report)
    {
        var file = report.StackFile ?? "The stack";
        return report.Valid
            ? $"{file} is valid: {Count(report.Guests, "guest")}, {Count(report.Policies, "policy", "policies")}, {Count(report.Partners, "partner")}, {Count(report.Warnings, "warning")}."
            : $"{file} is not valid: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}.";
    }

    private static object Document(ValidationReport report) => new
    {
        schemaVersion = 1,
        kind = "validation",
        stackFile = report.StackFile,
        valid = report.Valid,
        stack = report.Stack,
        tenantId = report.TenantId,
        guests = report.Guests,
        policies = report.Policies,
        partners = report.Partners,
        engine = report.Engine,
        graphUrl = report.GraphUrl,
        errors = report.Errors,
        warnings = report.Warnings,
        diagnostics = report.Diagnostics.Select(JsonReportDocument.FindingOf),
    };

    private static string Markdown(ValidationReport report)
    {
        var text = new StringBuilder().Append("### Validation\n\n").Append(Verdict(report)).Append('\n');
        if (report.Diagnostics.Count > 0)
        {
            text.Append("\n| severity | code | where | message |\n|---|---|---|---|\n");
            foreach (var d in report.Diagnostics)
            {
                text.Append($"| {d.Severity} | {d.Code} | {d.Location ?? ""} | {d.Message.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Line(DiagnosticRow d) =>
        d.Location is null ? $"{d.Severity} {d.Code}: {d.Message}" : $"{d.Location}: {d.Severity} {d.Code}: {d.Message}";

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
