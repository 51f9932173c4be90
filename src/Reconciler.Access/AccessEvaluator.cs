using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// The offline What If: evaluates a sign-in against Conditional Access policies and cross-tenant trust.
/// Disabled policies are listed as not applying; report-only policies are evaluated and never enforced.
/// Every enforced policy that applies must be satisfied, and a block in any of them wins.
/// </summary>
public static class AccessEvaluator
{
    public static AccessDecision Evaluate(SignIn signIn, IEnumerable<PolicyUnderTest> policies, CrossTenantTrust trust)
    {
        var evaluated = policies.Select(policy => PolicyEvaluator.Evaluate(signIn, policy)).ToList();
        var applying = evaluated.Where(e => e.Evaluation.Applies).ToList();
        var enforced = applying.Where(e => e.Evaluation.Enforced).ToList();

        // Only report-only policies apply: show what they would do, marked as not enforced.
        var deciding = enforced.Count > 0 ? enforced : applying;
        var outcome = deciding.Count == 0
            ? AccessOutcome.NoPolicy
            : Combine(deciding.Select(e => e.Requirement).ToList(), enforced.Count > 0, signIn.User, trust);
        return new AccessDecision(evaluated.Select(e => e.Evaluation).ToList(), outcome);
    }

    private static AccessOutcome Combine(IReadOnlyList<GrantRequirement> requirements, bool enforced, SignInUser user, CrossTenantTrust trust)
    {
        // A block ends the evaluation: no other control can be satisfied instead.
        if (requirements.Any(r => r.Blocks))
        {
            return new AccessOutcome(AccessResult.Block, [GrantRequirement.Block], enforced, MfaSatisfaction.NotRequired, BlockReason.Policy);
        }

        var controls = requirements.SelectMany(r => r.Describe()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var (mfa, directConnectBlocked) = MfaResolver.Resolve(requirements.Any(r => r.InvolvesMfa), user, trust);
        return directConnectBlocked
            ? new AccessOutcome(AccessResult.Block, controls, enforced, mfa, BlockReason.DirectConnectMfaNotTrusted)
            : new AccessOutcome(AccessResult.Grant, controls, enforced, mfa);
    }
}
