using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Reporting;

/// <summary>The JSON report's shape. Plan-only fields are null (and left out) in a drift report.</summary>
public sealed record JsonReportDocument(
    int SchemaVersion,
    string Kind,
    string Stack,
    string TenantId,
    string? TenantName,
    bool InSync,
    ReadScope Scope,
    IReadOnlyList<DriftRow> Drift,
    IReadOnlyList<GuestRow> Guests,
    int UnmanagedGuestCount,
    IReadOnlyList<UnmanagedRow> Unmanaged,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<ActionRow>? Actions = null,
    PlanSummary? Summary = null,
    bool? CanApply = null,
    IReadOnlyList<SafetyRow>? Safety = null,
    IReadOnlyList<SignInImpactRow>? SignInImpact = null,
    bool UnmanagedPartnersRead = true,
    IReadOnlyList<IgnoredRow>? Ignored = null)
{
    public const int CurrentSchemaVersion = 1;

    public static JsonReportDocument From(DriftReport report) => new JsonReportDocument(
        CurrentSchemaVersion,
        "drift",
        report.Header.Stack,
        report.Header.TenantId,
        report.Header.TenantName,
        report.InSync,
        report.Header.Scope,
        report.Drift,
        report.Guests,
        report.Unmanaged.GuestCount,
        report.Unmanaged.Objects,
        report.Diagnostics) with
    {
        UnmanagedPartnersRead = report.Unmanaged.PartnersRead,
        // Only when the stack ignores something, so reports of stacks that do not keep their shape.
        Ignored = report.Ignored.Count == 0 ? null : report.Ignored,
    };

    public static JsonReportDocument From(PlanReport report) => From(report.Drift) with
    {
        Kind = "plan",
        Actions = report.Actions,
        Summary = report.Summary,
        CanApply = report.CanApply,
        Safety = report.Safety,
        SignInImpact = report.SignInImpact,
    };
}
