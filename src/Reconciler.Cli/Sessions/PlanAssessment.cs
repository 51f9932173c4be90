using Reconciler.Access;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Reporting;
using Reconciler.Reporting.Access;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// One assessment of a plan, for plan's report and apply's confirmation alike: the writes, the safety findings, the
/// warnings read from the tenant, the access checks and the sign-in impact. Apply shows exactly what plan showed.
/// </summary>
internal static class PlanAssessment
{
    /// <summary>The report of a plan as the planner returned it (without the warnings <see cref="WithWarnings"/> adds).</summary>
    public static PlanReport Report(Plan plan, DesiredState desired, LiveSnapshot live) =>
        ReportBuilder.Plan(WithWarnings(plan, desired, live), desired, live, SignInImpactTable.Build(desired, live));

    /// <summary>The plan with the reader's warnings and the cross-object access checks added to its diagnostics.</summary>
    public static Plan WithWarnings(Plan plan, DesiredState desired, LiveSnapshot live) =>
        plan with { Diagnostics = [.. plan.Diagnostics, .. live.Diagnostics, .. AccessChecks(desired, live)] };

    /// <summary>
    /// Cross-object warnings about sign-ins: guests that must register MFA here, partners that weaken the default.
    /// Each guest is judged from the home tenant Graph found for its email's domain, so a guest of a declared partner
    /// that trusts MFA is not warned about.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> AccessChecks(DesiredState desired, LiveSnapshot live)
    {
        var guests = desired.Guests.Where(g => g.Ensure == Ensure.Present)
            .Select(g => new GuestUnderTest(SignInUser.Guest(g.Email, live.HomeTenantOf(g.Email)), g.Source)).ToList();
        var policies = desired.ConditionalAccessPolicies.Where(p => p.Ensure == Ensure.Present).Select(PolicyUnderTest.From).ToList();
        return AccessDiagnostics.Check(guests, policies, desired.CrossTenantAccess);
    }
}
