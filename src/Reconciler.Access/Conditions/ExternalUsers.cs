using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Matches a user against <c>includeGuestsOrExternalUsers</c>/<c>excludeGuestsOrExternalUsers</c>: the user's
/// external type must be listed and the home tenant must be in <c>externalTenants</c> (all, or enumerated members).
/// </summary>
internal static class ExternalUsers
{
    public static Match Matches(ConditionalAccessGuestsOrExternalUsers? selection, SignInUser user)
    {
        if (selection is null || user.ExternalUserType is not { } type
            || !selection.GuestOrExternalUserTypes.ContainsToken(type.ToToken()))
        {
            return Match.No;
        }

        return TenantMatches(selection.ExternalTenants, user, type);
    }

    private static Match TenantMatches(ConditionalAccessExternalTenants? tenants, SignInUser user, ExternalUserType type)
    {
        var enumerated = string.Equals(tenants?.MembershipKind, "enumerated", StringComparison.OrdinalIgnoreCase);

        // An internal guest is a local account: it has no external home tenant to enumerate.
        if (!enumerated || type == ExternalUserType.InternalGuest)
        {
            return Match.Yes;
        }

        return user.HomeTenantId is null ? Match.Unknown : Matching.From(tenants!.Members.ContainsToken(user.HomeTenantId));
    }
}
