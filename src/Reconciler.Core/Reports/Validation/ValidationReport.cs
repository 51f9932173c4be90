using Reconciler.Core.DesiredState.Loading;

namespace Reconciler.Core.Reports.Validation;

/// <summary>What <c>validate</c> found: the stack file, whether it is valid, what it declares, and every diagnostic.</summary>
public sealed record ValidationReport(
    string? StackFile,
    bool Valid,
    int Guests,
    int Policies,
    int Partners,
    IReadOnlyList<DiagnosticRow> Diagnostics)
{
    public int Errors => Diagnostics.Count(d => d.Severity == "error");

    public int Warnings => Diagnostics.Count - Errors;

    public static ValidationReport From(LoadResult result) => new(
        result.StackFile,
        result.IsValid,
        result.State?.Guests.Count ?? 0,
        result.State?.ConditionalAccessPolicies.Count ?? 0,
        result.State?.CrossTenantAccess?.Partners.Count ?? 0,
        [.. result.Diagnostics.Select(ReportBuilder.Row)]);
}
