using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Diagnostics;

/// <summary>
/// B2B2101: the guests an MFA policy covers come from tenants whose MFA we do not trust. One guest of each group
/// (<see cref="SignInGroups"/>) answers for the others.
/// </summary>
internal static class GuestMfaTrustCheck
{
    public static IEnumerable<Diagnostic> Run(
        IReadOnlyList<IReadOnlyList<GuestUnderTest>> groups,
        IReadOnlyList<PolicyUnderTest> policies,
        CrossTenantTrust trust)
    {
        foreach (var policy in policies.Where(p => p.RequiresMfa()))
        {
            var untrusted = groups
                .Select(g => g[0].User)
                .Where(user => user.ExternalUserType is { } type
                    && type is ExternalUserType.B2bCollaborationGuest or ExternalUserType.B2bCollaborationMember
                    && policy.Covers(user) && !trust.IsMfaAccepted(user.HomeTenantId))
                .Select(user => trust.NameOf(user.HomeTenantId) ?? user.HomeTenantId ?? "an unknown tenant")
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (untrusted.Count > 0)
            {
                yield return PlanningDiagnostics.GuestMfaNotTrusted(policy.Describe(), string.Join(", ", untrusted), policy.Source);
            }
        }
    }
}
