using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Evidence;

/// <summary>
/// Replays the guest sign-ins of a window through the access evaluator, once per group of identical facts, under the
/// live tenant and under the tenant the change leads to, and folds the outcomes into an <see cref="EvidenceResult"/>.
/// Pure: the sign-ins, the guests and both tenants are given.
/// </summary>
public static class EvidenceReplay
{
    public const int MostAffectedCount = 5;

    public static EvidenceResult Run(
        int days,
        IEnumerable<SignInGroup> groups,
        IReadOnlyDictionary<string, EvidenceGuest> guests,
        EvidenceTenant live,
        EvidenceTenant projected)
    {
        var livePolicies = live.UnderTest;
        var projectedPolicies = projected.UnderTest;
        var promotions = Promotions(live, projected);
        var tally = new EvidenceAccumulator(promotions);
        var other = 0;
        foreach (var group in groups)
        {
            if (!guests.TryGetValue(group.Facts.UserId, out var guest))
            {
                other += group.Count;
                continue;
            }

            var signIn = SignInOf(group.Facts, guest);
            var before = AccessEvaluator.Evaluate(signIn, livePolicies, live.Trust);
            var after = AccessEvaluator.Evaluate(signIn, projectedPolicies, projected.Trust);
            var impact = SignInChange.Of(before.Outcome, after.Outcome, group.Facts.HomeTenantMfa);
            tally.Add(group, guest, impact);
            tally.Compare(group, signIn, live, before);
            tally.Promote(group, guest, projected, after);
        }

        var inferred = guests.Values.Where(g => g.HomeTenantInferredFrom is not null && tally.Replayed(g.UserId)).ToList();
        return tally.Result(days, other) with
        {
            InferredFromDomains = [.. inferred.Select(g => g.HomeTenantInferredFrom!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)],
            GuestsWithInferredHomeTenant = inferred.Count,
        };
    }

    /// <summary>Policies report-only in the tenant that the projection enables: the promotions the change makes.</summary>
    public static IReadOnlyList<EvidencePolicy> Promotions(EvidenceTenant live, EvidenceTenant projected) =>
        [.. live.Policies.Where(p => PolicyState.IsReportOnly(p.Policy.State)
            && projected.Policies.Any(after => SameId(after.Id, p.Id) && PolicyState.IsEnabled(after.Policy.State)))];

    private static SignIn SignInOf(SignInFacts facts, EvidenceGuest guest) => new()
    {
        User = guest.ToUser(facts.HomeTenantId),
        ApplicationId = facts.AppId,
        ClientApp = facts.ClientApp,
        DevicePlatform = facts.DevicePlatform,
        SignInRisk = facts.SignInRisk,
    };

    internal static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
