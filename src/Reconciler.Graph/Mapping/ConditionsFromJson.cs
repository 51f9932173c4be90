using System.Text.Json;
using Microsoft.Graph.Models;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

internal static class ConditionsFromJson
{
    private const string AllTenants = "#microsoft.graph.conditionalAccessAllExternalTenants";
    private const string EnumeratedTenants = "#microsoft.graph.conditionalAccessEnumeratedExternalTenants";

    public static Ca.ConditionalAccessConditions Map(JsonElement conditions) => new()
    {
        Applications = SdkJson.Object(conditions, "applications", a => new Ca.ConditionalAccessApplications
        {
            IncludeApplications = SdkJson.Strings(a, "includeApplications"),
            ExcludeApplications = SdkJson.Strings(a, "excludeApplications"),
            IncludeUserActions = SdkJson.Strings(a, "includeUserActions"),
            IncludeAuthenticationContextClassReferences = SdkJson.Strings(a, "includeAuthenticationContextClassReferences"),
            ApplicationFilter = SdkJson.Object(a, "applicationFilter", Filter),
        }),
        Users = SdkJson.Object(conditions, "users", Users),
        ClientApplications = SdkJson.Object(conditions, "clientApplications", c => new Ca.ConditionalAccessClientApplications
        {
            IncludeServicePrincipals = SdkJson.Strings(c, "includeServicePrincipals"),
            ExcludeServicePrincipals = SdkJson.Strings(c, "excludeServicePrincipals"),
            ServicePrincipalFilter = SdkJson.Object(c, "servicePrincipalFilter", Filter),
        }),
        ClientAppTypes = SdkJson.Enums<ConditionalAccessClientApp>(conditions, "clientAppTypes"),
        Platforms = SdkJson.Object(conditions, "platforms", p => new Ca.ConditionalAccessPlatforms
        {
            IncludePlatforms = SdkJson.Enums<ConditionalAccessDevicePlatform>(p, "includePlatforms"),
            ExcludePlatforms = SdkJson.Enums<ConditionalAccessDevicePlatform>(p, "excludePlatforms"),
        }),
        Locations = SdkJson.Object(conditions, "locations", l => new Ca.ConditionalAccessLocations
        {
            IncludeLocations = SdkJson.Strings(l, "includeLocations"),
            ExcludeLocations = SdkJson.Strings(l, "excludeLocations"),
        }),
        Devices = SdkJson.Object(conditions, "devices", d => new Ca.ConditionalAccessDevices { DeviceFilter = SdkJson.Object(d, "deviceFilter", Filter) }),
        SignInRiskLevels = SdkJson.Enums<RiskLevel>(conditions, "signInRiskLevels"),
        UserRiskLevels = SdkJson.Enums<RiskLevel>(conditions, "userRiskLevels"),
        ServicePrincipalRiskLevels = SdkJson.Enums<RiskLevel>(conditions, "servicePrincipalRiskLevels"),
        InsiderRiskLevels = SdkJson.Flags<ConditionalAccessInsiderRiskLevels>(conditions, "insiderRiskLevels"),
        AuthenticationFlows = SdkJson.Object(conditions, "authenticationFlows", f => new Ca.ConditionalAccessAuthenticationFlows
        {
            TransferMethods = SdkJson.Flags<ConditionalAccessTransferMethods>(f, "transferMethods"),
        }),
    };

    private static Ca.ConditionalAccessUsers Users(JsonElement users) => new()
    {
        IncludeUsers = SdkJson.Strings(users, "includeUsers"),
        ExcludeUsers = SdkJson.Strings(users, "excludeUsers"),
        IncludeGroups = SdkJson.Strings(users, "includeGroups"),
        ExcludeGroups = SdkJson.Strings(users, "excludeGroups"),
        IncludeRoles = SdkJson.Strings(users, "includeRoles"),
        ExcludeRoles = SdkJson.Strings(users, "excludeRoles"),
        IncludeGuestsOrExternalUsers = SdkJson.Object(users, "includeGuestsOrExternalUsers", Guests),
        ExcludeGuestsOrExternalUsers = SdkJson.Object(users, "excludeGuestsOrExternalUsers", Guests),
    };

    private static Ca.ConditionalAccessGuestsOrExternalUsers Guests(JsonElement guests) => new()
    {
        GuestOrExternalUserTypes = SdkJson.Flags<ConditionalAccessGuestOrExternalUserTypes>(guests, "guestOrExternalUserTypes"),
        ExternalTenants = SdkJson.Object(guests, "externalTenants", ExternalTenants),
    };

    /// <summary>
    /// The SDK picks the model by <c>@odata.type</c>: only the enumerated kind has members, and each named kind stands in for
    /// a missing or unknown <c>membershipKind</c>.
    /// </summary>
    private static Ca.ConditionalAccessExternalTenants ExternalTenants(JsonElement tenants)
    {
        var kind = SdkJson.Enum<ConditionalAccessExternalTenantsMembershipKind>(tenants, "membershipKind");
        return SdkJson.ODataType(tenants) switch
        {
            EnumeratedTenants => new() { MembershipKind = kind ?? "enumerated", Members = SdkJson.Strings(tenants, "members") },
            AllTenants => new() { MembershipKind = kind ?? "all" },
            _ => new() { MembershipKind = kind },
        };
    }

    private static Ca.ConditionalAccessFilter Filter(JsonElement filter) =>
        new() { Mode = SdkJson.Enum<FilterMode>(filter, "mode"), Rule = SdkJson.String(filter, "rule") };
}
