using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// Where a required MFA is satisfied. With inbound trust <c>isMfaAccepted</c> for a B2B user's home tenant, MFA
/// done at home counts; otherwise the user does MFA here, and a B2B direct connect user, who cannot, is blocked.
/// </summary>
internal static class MfaResolver
{
    public static (MfaSatisfaction Mfa, bool Blocked) Resolve(bool mfaRequired, SignInUser user, CrossTenantTrust trust)
    {
        if (!mfaRequired)
        {
            return (MfaSatisfaction.NotRequired, false);
        }

        if (user.ExternalUserType is { } type && type.HasHomeTenantAccount() && trust.IsMfaAccepted(user.HomeTenantId))
        {
            return (MfaSatisfaction.HomeTenant, false);
        }

        return (MfaSatisfaction.ResourceTenant, user.ExternalUserType == ExternalUserType.B2bDirectConnectUser);
    }
}
