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
using Reconciler.Reporting.Diagrams;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// One assessment of a plan, for plan's report and apply's confirmation alike: the writes, the safety findings, the
/// warnings read from the tenant, the access checks and the sign-in impact. Apply shows exactly what plan showed.
/// </summary>
internal sealed record PlanAssessment(Plan Plan, PlanReport Report)
{
    /// <summary>
    /// A plan as the planner returned it, assessed: <see cref="Plan"/> carries the warnings <see cref="WithWarnings"/>
    /// adds (so its exit code counts them), and <see cref="Report"/> shows it with the sign-in impact of its actions.
    /// </summary>
    /// <param name="evidence">The sign-ins replayed against the plan, when they were read: their safety findings join the plan's
    /// (once, so a plan apply already judged keeps its own), their notes its diagnostics, their block its report.</param>
    public static PlanAssessment Of(Plan planned, DesiredState desired, LiveSnapshot live, Evidence.GatheredEvidence? evidence = null)
    {
        var plan = WithEvidence(WithWarnings(planned, desired, live), evidence);
        var projected = TenantAfterPlan.Project(live, plan.Actions);
        var report = ReportBuilder.Plan(plan, desired, live, SignInImpactTable.Build(desired, live, projected))
            with
        { AccessPaths = AccessPathBuilder.ForPlan(desired, live, projected), Evidence = evidence?.Report };
        return new(plan, report);
    }

    public static Plan WithEvidence(Plan plan, Evidence.GatheredEvidence? evidence)
    {
        if (evidence is null)
        {
            return plan;
        }

        var findings = evidence.Findings.Select(d => new SafetyFinding(d, null, false)).Where(f => !plan.SafetyFindings.Contains(f));
        var notes = evidence.Notes.Where(d => !plan.Diagnostics.Contains(d));
        return plan with { SafetyFindings = [.. plan.SafetyFindings, .. findings], Diagnostics = [.. plan.Diagnostics, .. notes] };
    }

    /// <summary>The plan with the reader's warnings and the cross-object access checks added to its diagnostics.</summary>
    private static Plan WithWarnings(Plan plan, DesiredState desired, LiveSnapshot live) =>
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
