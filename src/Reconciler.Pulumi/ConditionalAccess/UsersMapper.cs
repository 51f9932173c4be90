using Reconciler.Model.ConditionalAccess;
using static Reconciler.PulumiMapping.ConditionalAccess.PolicyMappingContext;

namespace Reconciler.PulumiMapping.ConditionalAccess;

internal static class UsersMapper
{
    /// <summary>Graph reads an absent externalTenants as every tenant; azuread is told so explicitly to avoid a diff after refresh.</summary>
    public const string AllTenants = "all";

    public static UsersModel Map(ConditionalAccessUsers? users, PolicyMappingContext context)
    {
        if (users is null)
        {
            context.Required("conditions.users");
            return new UsersModel();
        }

        var model = new UsersModel
        {
            IncludedUsers = References(users.IncludeUsers, context),
            ExcludedUsers = References(users.ExcludeUsers, context),
            IncludedGroups = List(users.IncludeGroups),
            ExcludedGroups = List(users.ExcludeGroups),
            IncludedRoles = List(users.IncludeRoles),
            ExcludedRoles = List(users.ExcludeRoles),
            IncludedGuestsOrExternalUsers = GuestsOrExternalUsers(users.IncludeGuestsOrExternalUsers, "include", context),
            ExcludedGuestsOrExternalUsers = GuestsOrExternalUsers(users.ExcludeGuestsOrExternalUsers, "exclude", context),
        };

        if (model.IncludedUsers.Count + model.IncludedGroups.Count + model.IncludedRoles.Count + model.IncludedGuestsOrExternalUsers.Count == 0)
        {
            context.Required("one of conditions.users.includeUsers, includeGroups, includeRoles, includeGuestsOrExternalUsers");
        }

        return model;
    }

    private static IReadOnlyList<UserReference> References(IReadOnlyList<string>? values, PolicyMappingContext context) =>
        List(values).Select(v => UserReference.From(v, context.DeclaredGuestEmails)).ToList();

    private static IReadOnlyList<GuestsOrExternalUsersModel> GuestsOrExternalUsers(
        ConditionalAccessGuestsOrExternalUsers? guests, string direction, PolicyMappingContext context)
    {
        if (guests is null)
        {
            return [];
        }

        if (guests.GuestOrExternalUserTypes is not { Count: > 0 })
        {
            context.Required($"conditions.users.{direction}GuestsOrExternalUsers.guestOrExternalUserTypes");
        }

        var tenants = guests.ExternalTenants;
        var tenant = new ExternalTenantModel(tenants?.MembershipKind ?? AllTenants, List(tenants?.Members));
        return [new GuestsOrExternalUsersModel(List(guests.GuestOrExternalUserTypes), [tenant])];
    }
}
