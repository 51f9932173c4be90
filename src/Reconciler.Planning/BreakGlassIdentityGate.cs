using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>
/// A break-glass account written as an email that now resolves to a different object than the one a live policy
/// excludes (B2B2008): the account was deleted and made again, or another user took its address. Patching the policy
/// would exclude the newcomer and drop the exclusion the policy holds, so the gate blocks and no override lifts it;
/// the way on is to write the object id that is meant. Only exclusions the update drops count, and an object known to
/// answer to another address is taken for someone else, so adding a break-glass exclusion to a policy is never one.
/// </summary>
internal static class BreakGlassIdentityGate
{
    public static IEnumerable<SafetyFinding> Check(LiveSnapshot live, LiveSnapshot after, IReadOnlyList<PlannedAction> actions, IReadOnlyList<BreakGlassAccount> accounts, UserDirectory users)
    {
        var byEmail = accounts.Where(a => a.UserId is not null && !ReferenceTokens.PassesThrough(a.Written)).ToList();
        foreach (var update in actions.OfType<UpdatePolicy>())
        {
            var held = Excluded(live, update.PolicyId);
            var written = Excluded(after, update.PolicyId);
            var dropped = held.Where(id => Guid.TryParse(id, out _) && !written.Contains(id)).ToList();
            foreach (var account in byEmail.Where(a => written.Contains(a.UserId!) && !held.Contains(a.UserId!)))
            {
                var others = dropped.Where(id => !AnswersToAnotherAddress(id, account.Written, live, users)).ToList();
                if (others.Count > 0)
                {
                    yield return new(PlanningDiagnostics.BreakGlassAccountChanged(update.DisplayName, account.Written, account.UserId!, others), null, false);
                }
            }
        }
    }

    private static HashSet<string> Excluded(LiveSnapshot tenant, string policyId) =>
        new(tenant.ConditionalAccessPolicies.FirstOrDefault(p => string.Equals(p.Id, policyId, StringComparison.OrdinalIgnoreCase))?.Body.Conditions?.Users?.ExcludeUsers ?? [],
            StringComparer.OrdinalIgnoreCase);

    private static bool AnswersToAnotherAddress(string id, string address, LiveSnapshot live, UserDirectory users) =>
        live.Users.Any(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase))
        && !users.FindByEmail(address).Any(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase));
}
