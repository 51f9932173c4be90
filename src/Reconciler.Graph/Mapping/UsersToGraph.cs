using Microsoft.Graph.Models;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>The users condition, whole: all six lists written (<c>[]</c> when unset), the guest blocks <c>null</c> when unset.</summary>
internal static class UsersToGraph
{
    public static ConditionalAccessUsers Map(Ca.ConditionalAccessUsers users)
    {
        var model = new ConditionalAccessUsers
        {
            IncludeUsers = [.. users.IncludeUsers ?? []],
            ExcludeUsers = [.. users.ExcludeUsers ?? []],
            IncludeGroups = [.. users.IncludeGroups ?? []],
            ExcludeGroups = [.. users.ExcludeGroups ?? []],
            IncludeRoles = [.. users.IncludeRoles ?? []],
            ExcludeRoles = [.. users.ExcludeRoles ?? []],
        };
        model.IncludeGuestsOrExternalUsers = users.IncludeGuestsOrExternalUsers is { } include ? Map(include, "includeGuestsOrExternalUsers") : null;
        model.ExcludeGuestsOrExternalUsers = users.ExcludeGuestsOrExternalUsers is { } exclude ? Map(exclude, "excludeGuestsOrExternalUsers") : null;
        return model;
    }

    private static ConditionalAccessGuestsOrExternalUsers Map(Ca.ConditionalAccessGuestsOrExternalUsers guests, string property)
    {
        var model = new ConditionalAccessGuestsOrExternalUsers();
        if (guests.GuestOrExternalUserTypes is { } types)
        {
            model.GuestOrExternalUserTypes = EnumTokens.ParseFlags<ConditionalAccessGuestOrExternalUserTypes>(types, $"{property}.guestOrExternalUserTypes");
        }
        if (guests.ExternalTenants is { } tenants)
        {
            model.ExternalTenants = Map(tenants, $"{property}.externalTenants");
        }
        return model;
    }

    /// <summary>The subtype decides the <c>@odata.type</c> Graph needs: all tenants, or an enumerated list.</summary>
    private static ConditionalAccessExternalTenants Map(Ca.ConditionalAccessExternalTenants tenants, string property)
    {
        var kind = EnumTokens.Parse<ConditionalAccessExternalTenantsMembershipKind>(tenants.MembershipKind ?? "all", $"{property}.membershipKind");
        return kind == ConditionalAccessExternalTenantsMembershipKind.Enumerated
            ? new ConditionalAccessEnumeratedExternalTenants { MembershipKind = kind, Members = [.. tenants.Members ?? []] }
            : new ConditionalAccessAllExternalTenants { MembershipKind = kind };
    }
}
