using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Diagnostics;

/// <summary>
/// B2B2104: an enabled policy requires MFA of B2B direct connect users from tenants whose MFA is not trusted.
/// Direct connect users cannot do MFA in the resource tenant, so they are blocked.
/// </summary>
internal static class DirectConnectMfaCheck
{
    public static IEnumerable<Diagnostic> Run(IReadOnlyList<PolicyUnderTest> policies, CrossTenantTrust trust)
    {
        foreach (var policy in policies.Where(p => p.RequiresMfa() && PolicyState.IsEnabled(p.State)))
        {
            var tenants = UntrustedTenants(policy, trust);
            if (tenants is not null)
            {
                yield return PlanningDiagnostics.DirectConnectBlockedByMfa(policy.Describe(), tenants, policy.Source);
            }
        }
    }

    /// <summary>A description of the untrusted tenants the policy reaches, or null when there are none.</summary>
    private static string? UntrustedTenants(PolicyUnderTest policy, CrossTenantTrust trust)
    {
        var users = policy.Body.Conditions?.Users;
        var selection = users?.IncludeGuestsOrExternalUsers;
        var legacyAll = users?.IncludeUsers?.Any(u => u is "All" or "GuestsOrExternalUsers") == true;
        var listsDirectConnect = selection?.GuestOrExternalUserTypes?.Contains(
            ExternalUserType.B2bDirectConnectUser.ToToken(), StringComparer.OrdinalIgnoreCase) == true;
        if (!legacyAll && !listsDirectConnect)
        {
            return null;
        }

        if (listsDirectConnect && string.Equals(selection!.ExternalTenants?.MembershipKind, "enumerated", StringComparison.OrdinalIgnoreCase))
        {
            var members = (selection.ExternalTenants!.Members ?? []).Where(t => !trust.IsMfaAccepted(t)).ToList();
            return members.Count == 0 ? null : string.Join(", ", members.Select(t => trust.NameOf(t) ?? t));
        }

        // All tenants: the default's trust applies to every tenant without a partner entry.
        return trust.IsMfaAccepted(null) ? null : "any tenant without a partner entry that trusts MFA";
    }
}
