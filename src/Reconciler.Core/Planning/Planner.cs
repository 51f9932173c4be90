using Reconciler.Core.DesiredState;
using Reconciler.Core.Live;
using Reconciler.Core.Normalisation;

namespace Reconciler.Core.Planning;

/// <summary>
/// Compares a stack with its tenant and decides the writes that make the tenant match. Pure: the same inputs
/// always give the same plan, and applying it then planning again gives an empty plan.
/// </summary>
public static class Planner
{
    public static Plan Plan(DesiredState.DesiredState desired, LiveSnapshot live, PlanOptions options)
    {
        var preconditions = SafetyGates.Preconditions(desired, live, options);
        if (IsWrongTenant(desired, live))
        {
            return new Plan { Drift = Drift.None, SafetyFindings = preconditions };
        }

        var index = new LiveIndex(live);
        var (plan, resolver) = Compare(desired, index);
        plan.Diagnostics.AddRange(resolver.Diagnostics);
        var actions = ActionOrder.Sort(plan.Actions);
        var gates = SafetyGates.ForActions(desired, index, actions, options, plan.Diagnostics).ToList();
        return new Plan
        {
            Drift = DriftOf(desired, live, plan, options),
            Actions = actions,
            Diagnostics = plan.Diagnostics,
            SafetyFindings = [.. preconditions, .. gates],
        };
    }

    /// <summary>
    /// Removes every declared guest, policy and partner that exists, and resets the cross-tenant default when the
    /// stack manages it. Objects the stack does not declare are never touched.
    /// </summary>
    public static Plan PlanDestroy(DesiredState.DesiredState desired, LiveSnapshot live, PlanOptions options)
    {
        var preconditions = SafetyGates.Preconditions(desired, live, options);
        if (IsWrongTenant(desired, live))
        {
            return new Plan { Drift = Drift.None, SafetyFindings = preconditions };
        }

        var index = new LiveIndex(live);
        var (plan, _) = Compare(desired, index);
        return new Plan
        {
            Drift = DriftOf(desired, live, plan, options),
            Actions = ActionOrder.Sort(DestroyActions.For(desired, index)),
            Diagnostics = plan.Diagnostics.Where(d => d.Severity != Diagnostics.DiagnosticSeverity.Info).ToList(),
            SafetyFindings = preconditions,
        };
    }

    /// <summary>The comparison both plans share. Reference findings are returned apart: a destroy does not need references to resolve.</summary>
    private static (PlanBuilder Plan, ReferenceResolver Resolver) Compare(DesiredState.DesiredState desired, LiveIndex index)
    {
        var plan = new PlanBuilder();
        var resolver = ReferenceResolver.For(index.Live, desired.Guests.Where(g => g.Ensure == Ensure.Present).Select(g => g.Email));
        CrossTenantPlanner.Plan(desired.CrossTenantAccess, index, plan);
        GuestPlanner.Plan(desired.Guests, index, plan);
        PolicyPlanner.Plan(desired.ConditionalAccessPolicies, index, resolver, plan);
        return (plan, resolver);
    }

    private static Drift DriftOf(DesiredState.DesiredState desired, LiveSnapshot live, PlanBuilder plan, PlanOptions options) =>
        new(plan.Drift, plan.Guests, UnmanagedFinder.Find(desired, live, plan, options.UnmanagedGuestSample));

    private static bool IsWrongTenant(DesiredState.DesiredState desired, LiveSnapshot live) =>
        !string.Equals(desired.TenantId, live.Organization.TenantId, StringComparison.OrdinalIgnoreCase);
}
