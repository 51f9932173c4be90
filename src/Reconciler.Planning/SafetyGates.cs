using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>The safety gates. The first two are judged before anything else and no override lifts them.</summary>
internal static class SafetyGates
{
    /// <summary>A wrong tenant or an engine that does not own writes: planning stops here.</summary>
    public static IReadOnlyList<SafetyFinding> Preconditions(DesiredState desired, LiveSnapshot live, PlanOptions options)
    {
        List<SafetyFinding> findings = [];
        if (!string.Equals(desired.TenantId, live.Organization.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new(PlanningDiagnostics.TenantMismatch(desired.TenantId, live.Organization.TenantId), null, false));
        }

        if (options.ForApply && desired.Engine == Engine.Pulumi)
        {
            findings.Add(new(PlanningDiagnostics.PulumiOwnsWrites(desired.StackName), null, false));
        }

        return findings;
    }

    public static IEnumerable<SafetyFinding> ForActions(
        DesiredState desired, LiveIndex index, IReadOnlyList<PlannedAction> actions, PlanOptions options, List<Diagnostic> diagnostics)
    {
        var managesPolicies = desired.ConditionalAccessPolicies.Any(p => p.Ensure == Ensure.Present);
        if (managesPolicies && desired.BreakGlassAccounts.Count == 0)
        {
            yield return new(PlanningDiagnostics.NoBreakGlassAccount(), null, false);
        }

        // The gates judge the tenant the plan leads to, so no apply can end weaker than the plan says.
        var after = TenantAfterPlan.Project(index.Live, actions);
        var written = TenantAfterPlan.WrittenPolicies(after, actions).Select(p => p.Body);
        var accounts = desired.BreakGlassAccounts.Select(a => Resolve(a, index, diagnostics)).ToList();
        foreach (var finding in BreakGlassGates.Check(written, accounts, options).Concat(BreakGlassIdentityGate.Check(index.Live, after, actions, accounts, index.Users)))
        {
            yield return finding;
        }

        foreach (var create in actions.OfType<CreatePolicy>().Where(c => PolicyState.IsEnabled(c.Body.State)))
        {
            yield return new(PlanningDiagnostics.DirectEnable(create.Body.DisplayName), nameof(options.AllowDirectEnable), options.AllowDirectEnable);
        }
    }

    private static BreakGlassAccount Resolve(string written, LiveIndex index, List<Diagnostic> diagnostics)
    {
        if (ReferenceTokens.PassesThrough(written))
        {
            var byId = index.Live.Users.FirstOrDefault(u => string.Equals(u.Id, written, StringComparison.OrdinalIgnoreCase));
            return new(written, written, byId?.IsGuest ?? false);
        }

        // A break-glass account is a member, known by its own mail or UPN: never a guest that lists the address.
        var matches = index.Users.FindMembersByOwnAddress(written);
        if (matches.Count != 1)
        {
            diagnostics.Add(PlanningDiagnostics.BreakGlassAccountNotFound(written));
            return new(written, null, false);
        }

        return new(written, matches[0].Id, matches[0].IsGuest);
    }
}
