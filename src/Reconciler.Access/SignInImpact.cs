using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>Whether a change moves how a sign-in fares: before (live) and after (the plan) read differently.</summary>
public static class SignInImpact
{
    public static bool Changes(AccessDecision before, AccessDecision after) => !SameOutcome(before.Outcome, after.Outcome);

    private static bool SameOutcome(AccessOutcome a, AccessOutcome b) =>
        a.Result == b.Result && a.Enforced == b.Enforced && a.Mfa == b.Mfa && a.BlockReason == b.BlockReason
        && a.RequiredControls.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.RequiredControls);
}
