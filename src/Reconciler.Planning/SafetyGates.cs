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

        var accounts = desired.BreakGlassAccounts.Select(a => Resolve(a, index, diagnostics)).ToList();
        foreach (var finding in BreakGlassGates.Check(PoliciesAfter(actions, index.Live), accounts, options))
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

    /// <summary>Each policy the plan writes, as it will read afterwards.</summary>
    private static IEnumerable<ConditionalAccessPolicyBody> PoliciesAfter(IEnumerable<PlannedAction> actions, LiveSnapshot live)
    {
        foreach (var action in actions)
        {
            if (action is CreatePolicy create)
            {
                yield return create.Body;
            }
            else if (action is UpdatePolicy update && live.ConditionalAccessPolicies.FirstOrDefault(p => p.Id == update.PolicyId) is { } before)
            {
                yield return PolicyPatchApplier.Apply(before.Body, update.Patch);
            }
        }
    }
}
