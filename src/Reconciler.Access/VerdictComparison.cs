using Reconciler.Model.Access;
using Reconciler.Model.Identity;

namespace Reconciler.Access;

/// <summary>
/// One policy as both evaluators see it. Either side may be missing (a policy only one of them knows).
/// They agree when both know the policy and give the same applies/does-not-apply verdict; the reasons may
/// differ in order or detail, because the service names only the first condition that failed.
/// </summary>
public sealed record VerdictComparison(string DisplayName, PolicyEvaluation? Ours, ServicePolicyVerdict? Service)
{
    public bool Agrees => Ours is not null && Service is not null && Ours.Applies == Service.Applies;

    /// <summary>Our policies in our order, then any the service reported that we did not evaluate.</summary>
    public static IReadOnlyList<VerdictComparison> Compare(AccessDecision ours, ServiceVerdict service)
    {
        var pairs = ours.Policies.Select(p => new VerdictComparison(p.DisplayName, p, service.For(p.DisplayName))).ToList();
        var onlyService = service.Policies
            .Where(s => !ours.Policies.Any(p => PolicyKey.Same(p.DisplayName, s.DisplayName)))
            .Select(s => new VerdictComparison(s.DisplayName, null, s));
        return [.. pairs, .. onlyService];
    }
}
