using Microsoft.Graph.Models;
using Reconciler.Graph.Mapping;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Tests.Equivalence;

internal static class ConditionsFromGraph
{
    public static Ca.ConditionalAccessConditions? Map(ConditionalAccessConditionSet? conditions) => conditions is null ? null : new()
    {
        Applications = conditions.Applications is { } a ? new Ca.ConditionalAccessApplications
        {
            IncludeApplications = Strings(a.IncludeApplications),
            ExcludeApplications = Strings(a.ExcludeApplications),
            IncludeUserActions = Strings(a.IncludeUserActions),
            IncludeAuthenticationContextClassReferences = Strings(a.IncludeAuthenticationContextClassReferences),
            ApplicationFilter = Map(a.ApplicationFilter),
        } : null,
        Users = Map(conditions.Users),
        ClientApplications = conditions.ClientApplications is { } c ? new Ca.ConditionalAccessClientApplications
        {
            IncludeServicePrincipals = Strings(c.IncludeServicePrincipals),
            ExcludeServicePrincipals = Strings(c.ExcludeServicePrincipals),
            ServicePrincipalFilter = Map(c.ServicePrincipalFilter),
        } : null,
        ClientAppTypes = EnumTokens.Tokens(conditions.ClientAppTypes),
        Platforms = conditions.Platforms is { } p ? new Ca.ConditionalAccessPlatforms
        {
            IncludePlatforms = EnumTokens.Tokens(p.IncludePlatforms),
            ExcludePlatforms = EnumTokens.Tokens(p.ExcludePlatforms),
        } : null,
        Locations = conditions.Locations is { } l ? new Ca.ConditionalAccessLocations
        {
            IncludeLocations = Strings(l.IncludeLocations),
            ExcludeLocations = Strings(l.ExcludeLocations),
        } : null,
        Devices = conditions.Devices is { } d ? new Ca.ConditionalAccessDevices { DeviceFilter = Map(d.DeviceFilter) } : null,
        SignInRiskLevels = EnumTokens.Tokens(conditions.SignInRiskLevels),
        UserRiskLevels = EnumTokens.Tokens(conditions.UserRiskLevels),
        ServicePrincipalRiskLevels = EnumTokens.Tokens(conditions.ServicePrincipalRiskLevels),
        InsiderRiskLevels = EnumTokens.FlagTokens(conditions.InsiderRiskLevels),
        AuthenticationFlows = conditions.AuthenticationFlows is { } f
            ? new Ca.ConditionalAccessAuthenticationFlows { TransferMethods = EnumTokens.FlagTokens(f.TransferMethods) }
            : null,
    };

    private static Ca.ConditionalAccessUsers? Map(ConditionalAccessUsers? users) => users is null ? null : new()
    {
        IncludeUsers = Strings(users.IncludeUsers),
        ExcludeUsers = Strings(users.ExcludeUsers),
        IncludeGroups = Strings(users.IncludeGroups),
        ExcludeGroups = Strings(users.ExcludeGroups),
        IncludeRoles = Strings(users.IncludeRoles),
        ExcludeRoles = Strings(users.ExcludeRoles),
        IncludeGuestsOrExternalUsers = Map(users.IncludeGuestsOrExternalUsers),
        ExcludeGuestsOrExternalUsers = Map(users.ExcludeGuestsOrExternalUsers),
    };

    private static Ca.ConditionalAccessGuestsOrExternalUsers? Map(ConditionalAccessGuestsOrExternalUsers? guests) => guests is null ? null : new()
    {
        GuestOrExternalUserTypes = EnumTokens.FlagTokens(guests.GuestOrExternalUserTypes),
        ExternalTenants = guests.ExternalTenants switch
        {
            null => null,
            ConditionalAccessEnumeratedExternalTenants enumerated => new Ca.ConditionalAccessExternalTenants
            {
                MembershipKind = EnumTokens.Token(enumerated.MembershipKind) ?? "enumerated",
                Members = Strings(enumerated.Members),
            },
            ConditionalAccessAllExternalTenants all => new Ca.ConditionalAccessExternalTenants { MembershipKind = EnumTokens.Token(all.MembershipKind) ?? "all" },
            var other => new Ca.ConditionalAccessExternalTenants { MembershipKind = EnumTokens.Token(other.MembershipKind) },
        },
    };

    private static Ca.ConditionalAccessFilter? Map(ConditionalAccessFilter? filter) =>
        filter is null ? null : new Ca.ConditionalAccessFilter { Mode = EnumTokens.Token(filter.Mode), Rule = filter.Rule };

    private static IReadOnlyList<string>? Strings(IEnumerable<string?>? values) => PolicyFromGraph.Strings(values);
}
