using Reconciler.Core.Access.Diagnostics;
using Reconciler.Core.DesiredState;
using Reconciler.Core.Diagnostics;

namespace Reconciler.Core.Access;

/// <summary>
/// Plan-time checks across guests, Conditional Access policies and cross-tenant settings. Each returns
/// warnings (never errors): the configuration is valid, but a sign-in will not go as the author may expect.
/// Catalogued in docs/diagnostics.md.
/// </summary>
public static class AccessDiagnostics
{
    /// <summary>A guest MFA policy covers guests whose home-tenant MFA is not trusted: they must register MFA here.</summary>
    public const string GuestMfaNotTrusted = "B2B2101";

    /// <summary>A partner configuration allows B2B access that the default blocks, or to more users or apps.</summary>
    public const string PartnerWeakensDefault = "B2B2102";

    /// <summary>A declared guest is not covered by any enabled policy that requires MFA.</summary>
    public const string GuestWithoutMfaPolicy = "B2B2103";

    /// <summary>MFA is required of B2B direct connect users whose home-tenant MFA is not trusted: they are blocked.</summary>
    public const string DirectConnectBlockedByMfa = "B2B2104";

    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<GuestUnderTest> guests,
        IReadOnlyList<PolicyUnderTest> policies,
        DesiredCrossTenantAccess? crossTenantAccess)
    {
        var trust = CrossTenantTrust.From(crossTenantAccess);
        return
        [
            .. GuestMfaTrustCheck.Run(guests, policies, trust),
            .. PartnerWeakeningCheck.Run(crossTenantAccess),
            .. GuestCoverageCheck.Run(guests, policies),
            .. DirectConnectMfaCheck.Run(policies, trust),
        ];
    }

    internal static Diagnostic Warning(string code, string message, SourceLocation? source) =>
        new(code, DiagnosticSeverity.Warning, message, source);
}
