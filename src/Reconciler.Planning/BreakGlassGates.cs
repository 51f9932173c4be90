using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// The lockout gates, judged on each policy as it will be after the plan: an enabled policy that names a
/// break-glass account (B2B2010), and an enabled All-users policy with grant controls that does not exclude
/// them all (B2B2011). Report-only and disabled policies cannot lock anyone out.
/// </summary>
internal static class BreakGlassGates
{
    public static IEnumerable<SafetyFinding> Check(IEnumerable<ConditionalAccessPolicyBody> written, IReadOnlyList<BreakGlassAccount> accounts, PlanOptions options)
    {
        foreach (var policy in written.Where(IsEnabled))
        {
            foreach (var account in accounts.Where(a => a.IncludedBy(policy) == Inclusion.Direct))
            {
                yield return Gate(PlanningDiagnostics.BreakGlassLockout(policy.DisplayName, account.Written), nameof(options.AllowBreakGlassLockout), options.AllowBreakGlassLockout);
            }

            var includesAll = (policy.Conditions?.Users?.IncludeUsers ?? []).Any(Normalisation.ReferenceTokens.IsAll);
            if (includesAll && HasGrantControls(policy) && (accounts.Count == 0 || accounts.Any(a => a.IncludedBy(policy) == Inclusion.All)))
            {
                yield return Gate(PlanningDiagnostics.AllUsersWithoutBreakGlassExclusion(policy.DisplayName, noneDeclared: accounts.Count == 0), nameof(options.AllowAllUsersWithoutBreakGlass), options.AllowAllUsersWithoutBreakGlass);
            }
        }
    }

    private static SafetyFinding Gate(Diagnostic diagnostic, string overrideName, bool overridden) => new(diagnostic, overrideName, overridden);

    private static bool IsEnabled(ConditionalAccessPolicyBody policy) =>
        string.Equals(policy.State, "enabled", StringComparison.OrdinalIgnoreCase);

    private static bool HasGrantControls(ConditionalAccessPolicyBody policy) =>
        policy.GrantControls is { } grant
        && ((grant.BuiltInControls?.Count ?? 0) > 0 || grant.AuthenticationStrengthId is not null || (grant.TermsOfUse?.Count ?? 0) > 0);
}
