using Microsoft.Graph.Models;
using Ca = Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

internal static class UsersToGraph
{
    public static ConditionalAccessUsers Map(Ca.ConditionalAccessUsers users)
    {
        var model = new ConditionalAccessUsers();
        if (users.IncludeUsers is { } iu) model.IncludeUsers = [.. iu];
        if (users.ExcludeUsers is { } eu) model.ExcludeUsers = [.. eu];
        if (users.IncludeGroups is { } ig) model.IncludeGroups = [.. ig];
        if (users.ExcludeGroups is { } eg) model.ExcludeGroups = [.. eg];
        if (users.IncludeRoles is { } ir) model.IncludeRoles = [.. ir];
        if (users.ExcludeRoles is { } er) model.ExcludeRoles = [.. er];
        if (users.IncludeGuestsOrExternalUsers is { } includeGuests) model.IncludeGuestsOrExternalUsers = Map(includeGuests, "includeGuestsOrExternalUsers");
        if (users.ExcludeGuestsOrExternalUsers is { } excludeGuests) model.ExcludeGuestsOrExternalUsers = Map(excludeGuests, "excludeGuestsOrExternalUsers");
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
