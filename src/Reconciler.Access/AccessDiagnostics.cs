using Reconciler.Access.Diagnostics;
using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access;

/// <summary>
/// Plan-time checks across guests, Conditional Access policies and cross-tenant settings. Each returns
/// warnings (never errors): the configuration is valid, but a sign-in will not go as the author may expect.
/// Their codes and messages are in the B2B21xx block of <see cref="PlanningDiagnostics"/>, documented in docs/diagnostics.md.
/// </summary>
public static class AccessDiagnostics
{
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<GuestUnderTest> guests,
        IReadOnlyList<PolicyUnderTest> policies,
        DesiredCrossTenantAccess? crossTenantAccess)
    {
        var trust = CrossTenantTrust.From(crossTenantAccess);
        var groups = SignInGroups.Of(guests, g => g.User, policies);
        return
        [
            .. GuestMfaTrustCheck.Run(groups, policies, trust),
            .. PartnerWeakeningCheck.Run(crossTenantAccess),
            .. GuestCoverageCheck.Run(groups, policies, trust),
            .. DirectConnectMfaCheck.Run(policies, trust),
        ];
    }
}
