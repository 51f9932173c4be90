using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>
/// Compares a stack with its tenant and decides the writes that make the tenant match. Pure: the same inputs
/// always give the same plan, and applying it then planning again gives an empty plan.
/// </summary>
public static class Planner
{
    public static Plan Plan(DesiredState desired, LiveSnapshot live, PlanOptions options) =>
        Build(desired, live, options, destroy: false);

    /// <summary>
    /// Removes every declared guest, policy and partner that exists, and resets the cross-tenant default when the
    /// stack manages it. Objects the stack does not declare are never touched, and references need not resolve.
    /// </summary>
    public static Plan PlanDestroy(DesiredState desired, LiveSnapshot live, PlanOptions options) =>
        Build(desired, live, options, destroy: true);

    private static Plan Build(DesiredState desired, LiveSnapshot live, PlanOptions options, bool destroy)
    {
        var preconditions = SafetyGates.Preconditions(desired, live, options);
        if (!string.Equals(desired.TenantId, live.Organization.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return new Plan { Drift = Drift.None, SafetyFindings = preconditions };
        }

        var index = new LiveIndex(live);
        var (compared, resolver) = Compare(desired, index);
        var drift = new Drift(compared.Drift, compared.Guests, UnmanagedFinder.Find(desired, index, compared, options.UnmanagedGuestSample))
        {
            Ignored = IgnoredPaths.Of(desired),
        };
        if (destroy)
        {
            return new Plan
            {
                Drift = drift,
                Actions = ActionOrder.Sort(DestroyActions.For(desired, index)),
                Diagnostics = compared.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList(),
                SafetyFindings = preconditions,
            };
        }

        compared.Diagnostics.AddRange(resolver.Diagnostics);
        var actions = ActionOrder.Sort(compared.Actions);
        var gates = SafetyGates.ForActions(desired, index, actions, options, compared.Diagnostics).ToList();
        return new Plan { Drift = drift, Actions = actions, Diagnostics = compared.Diagnostics, SafetyFindings = [.. preconditions, .. gates] };
    }

    /// <summary>The comparison both plans share. Reference findings are returned apart: a destroy does not need references to resolve.</summary>
    private static (PlanBuilder Plan, ReferenceResolver Resolver) Compare(DesiredState desired, LiveIndex index)
    {
        var plan = new PlanBuilder();
        var resolver = ReferenceResolver.For(index.Live, desired.Guests.Where(g => g.Ensure == Ensure.Present).Select(g => g.Email));
        CrossTenantPlanner.Plan(desired.CrossTenantAccess, index, plan);
        GuestPlanner.Plan(desired.Guests, index, plan);
        PolicyPlanner.Plan(desired.ConditionalAccessPolicies, index, resolver, plan);
        return (plan, resolver);
    }
}
