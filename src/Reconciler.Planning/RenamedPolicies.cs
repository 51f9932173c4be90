using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>
/// A declared policy whose name the tenant does not hold, where an unmanaged policy is the declaration in all but its
/// displayName: most likely the same policy, renamed in the portal or in the stack. Creating the declaration would
/// leave two policies doing one job (and the old one unmanaged), so the planner names the live policy and the pinned
/// <c>id</c> that renames it in place instead (B2B2009). Bodies are compared as drift compares them, normalised.
/// </summary>
internal static class RenamedPolicies
{
    /// <param name="declared">The declared body, its user references resolved.</param>
    /// <param name="claimed">Ids of live policies a declaration matches by name or id: those are managed, not renamed.</param>
    public static IReadOnlyList<LivePolicy> Candidates(ConditionalAccessPolicyBody declared, LiveSnapshot live, IReadOnlySet<string> claimed) =>
        live.ConditionalAccessPolicies
            .Where(p => !claimed.Contains(p.Id) && !MicrosoftManagedPolicy.Is(p))
            .Where(p => PolicyDifferences.Between(declared with { DisplayName = p.DisplayName }, p).Count == 0)
            .ToList();
}
