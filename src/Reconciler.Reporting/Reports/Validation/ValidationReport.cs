using Reconciler.Core.Diagnostics;

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

    /// <summary>Takes the loader's result in parts: reports render what loading found, without depending on the loader.</summary>
    public static ValidationReport From(string? stackFile, bool valid, DesiredState.DesiredState? state, IEnumerable<Diagnostic> diagnostics) => new(
        stackFile,
        valid,
        state?.Guests.Count ?? 0,
        state?.ConditionalAccessPolicies.Count ?? 0,
        state?.CrossTenantAccess?.Partners.Count ?? 0,
        [.. diagnostics.Select(ReportBuilder.Row)]);
}
