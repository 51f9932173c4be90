using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>
/// Conditional Access policies, matched by displayName or a pinned id. Two live policies with the declared name are
/// never guessed between. A declared policy is managed whole; an update sends only the changed top-level properties,
/// each the declared one, whole.
/// </summary>
internal static class PolicyPlanner
{
    public static void Plan(IEnumerable<DesiredPolicy> policies, LiveIndex index, ReferenceResolver resolver, PlanBuilder plan)
    {
        foreach (var declared in policies)
        {
            var matches = index.Policies(declared);
            plan.ClaimedPolicyIds.UnionWith(matches.Select(p => p.Id));
            if (matches.Count > 1)
            {
                plan.Diagnostics.Add(PlanningDiagnostics.DuplicatePolicyName(declared.DisplayName, matches.Select(p => p.Id), declared.Source));
                FoundDuplicates(resolver.ResolvePolicy(declared.Body, declared.Source), declared.IgnoreChanges, matches, plan);
                continue;
            }

            var live = matches.SingleOrDefault();
            if (declared.Ensure == Ensure.Absent)
            {
                if (live is not null)
                {
                    plan.Found(ResourceType.ConditionalAccessPolicy, declared.DisplayName, DriftStatus.ShouldBeAbsent, new DeletePolicy(live.Id, declared.DisplayName));
                }

                continue;
            }

            var body = resolver.ResolvePolicy(declared.Body, declared.Source);
            NotePendingReferences(body, resolver, plan);
            if (live is null && declared.Id is { } pinnedId)
            {
                plan.Diagnostics.Add(PlanningDiagnostics.PinnedPolicyNotFound(declared.DisplayName, pinnedId, declared.Source));
                plan.Found(ResourceType.ConditionalAccessPolicy, declared.DisplayName, DriftStatus.Missing, action: null);
            }
            else if (live is null)
            {
                plan.Found(ResourceType.ConditionalAccessPolicy, declared.DisplayName, DriftStatus.Missing, new CreatePolicy(body));
            }
            else
            {
                PlanExisting(declared, body, live, plan);
            }
        }
    }

    private static void PlanExisting(DesiredPolicy declared, ConditionalAccessPolicyBody body, LivePolicy live, PlanBuilder plan)
    {
        var effective = WithLiveAtIgnoredPaths(body, live, declared.IgnoreChanges);
        var differences = Differences(effective, live);
        if (differences.Count == 0)
        {
            return;
        }

        var patch = PolicyPatch.Of(effective, TreeComparer.TopLevelProperties(differences));
        plan.Found(ResourceType.ConditionalAccessPolicy, declared.DisplayName, DriftStatus.Changed, new UpdatePolicy(live.Id, declared.DisplayName, patch), differences);
    }

    /// <summary>
    /// Each live policy with the declared name is drift of its own, shown with how it differs, so a report never
    /// reads "in sync" while one of them (perhaps a disabled copy) is not as declared. Nothing is written.
    /// </summary>
    private static void FoundDuplicates(ConditionalAccessPolicyBody body, IReadOnlyList<string> ignored, IReadOnlyList<LivePolicy> matches, PlanBuilder plan)
    {
        foreach (var live in matches)
        {
            var differences = Differences(WithLiveAtIgnoredPaths(body, live, ignored), live);
            plan.Found(ResourceType.ConditionalAccessPolicy, $"{body.DisplayName} (id {live.Id})", DriftStatus.Changed, action: null,
                [new PropertyDifference("id", $"one policy named '{body.DisplayName}'", live.Id), .. differences]);
        }
    }

    /// <summary>
    /// The declaration with the live value at each ignored path, so those paths compare equal and an update, which
    /// sends each changed block whole, writes the live value back rather than the declared one.
    /// </summary>
    private static ConditionalAccessPolicyBody WithLiveAtIgnoredPaths(ConditionalAccessPolicyBody body, LivePolicy live, IReadOnlyList<string> ignored)
    {
        if (ignored.Count == 0)
        {
            return body;
        }

        var tree = GraphJson.ToTree(body)!;
        IgnoredPathOverlay.Apply(tree, GraphJson.ToTree(live.Body), ignored);
        return GraphJson.FromTree<ConditionalAccessPolicyBody>(tree) ?? body;
    }

    private static IReadOnlyList<PropertyDifference> Differences(ConditionalAccessPolicyBody body, LivePolicy live) =>
        TreeComparer.Compare(GraphJson.ToTree(ServiceFilledPolicyValues.Fill(body)), GraphJson.ToTree(ServiceFilledPolicyValues.Fill(live.Body)));

    private static void NotePendingReferences(ConditionalAccessPolicyBody body, ReferenceResolver resolver, PlanBuilder plan)
    {
        var users = body.Conditions?.Users;
        var references = (users?.IncludeUsers ?? []).Concat(users?.ExcludeUsers ?? []);
        foreach (var email in references.Where(resolver.Pending.Contains).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            plan.Diagnostics.Add(PlanningDiagnostics.PendingGuestReference(email, $"Policy '{body.DisplayName}'"));
        }
    }
}
