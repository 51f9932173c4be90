using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Reporting.Validation;

/// <summary>What <c>validate</c> found: the stack file, whether it is valid, what it declares, and every diagnostic.</summary>
public sealed record ValidationReport(
    string? StackFile,
    bool Valid,
    int Guests,
    int Policies,
    int Partners,
    IReadOnlyList<DiagnosticRow> Diagnostics)
{
    /// <summary>The stack's name (<c>dev</c> for Pulumi.dev.yaml), when it loaded.</summary>
    public string? Stack { get; init; }

    public string? TenantId { get; init; }

    /// <summary>Which engine owns writes (<c>reconciler</c> or <c>pulumi</c>), as the loader read it: pipelines decide by it, not by grep.</summary>
    public string? Engine { get; init; }

    /// <summary>Where the tenant is: null for Microsoft Graph, <c>local</c>, or a URL.</summary>
    public string? GraphUrl { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == "error");

    public int Warnings => Diagnostics.Count - Errors;

    /// <summary>Takes the loader's result in parts: reports render what loading found, without depending on the loader.</summary>
    public static ValidationReport From(string? stackFile, bool valid, DesiredState? state, IEnumerable<Diagnostic> diagnostics) => new(
        stackFile,
        valid,
        state?.Guests.Count ?? 0,
        state?.ConditionalAccessPolicies.Count ?? 0,
        state?.CrossTenantAccess?.Partners.Count ?? 0,
        [.. diagnostics.Select(ReportBuilder.Row)])
    {
        Stack = state?.StackName,
        TenantId = state?.TenantId,
        Engine = state is null ? null : state.Engine.ToString().ToLowerInvariant(),
        GraphUrl = state?.GraphUrl,
    };
}
