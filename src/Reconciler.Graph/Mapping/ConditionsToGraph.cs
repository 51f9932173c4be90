using Microsoft.Graph.Models;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// The whole condition set, every property assigned: unset lists as <c>[]</c>, unset blocks and flags as <c>null</c>.
/// The SDK sends a property assigned null as an explicit <c>null</c> (its backing store tracks the change) and leaves
/// out one never assigned; Graph replaces the children a PATCH names, so nothing the stack leaves out survives a write.
/// </summary>
internal static class ConditionsToGraph
{
    public static ConditionalAccessConditionSet Map(Ca.ConditionalAccessConditions conditions)
    {
        var model = new ConditionalAccessConditionSet
        {
            ClientAppTypes = EnumTokens.ParseList<ConditionalAccessClientApp>(conditions.ClientAppTypes ?? [], "clientAppTypes"),
            SignInRiskLevels = EnumTokens.ParseList<RiskLevel>(conditions.SignInRiskLevels ?? [], "signInRiskLevels"),
            UserRiskLevels = EnumTokens.ParseList<RiskLevel>(conditions.UserRiskLevels ?? [], "userRiskLevels"),
            ServicePrincipalRiskLevels = EnumTokens.ParseList<RiskLevel>(conditions.ServicePrincipalRiskLevels ?? [], "servicePrincipalRiskLevels"),
        };
        model.Applications = AssignOrNull.Map(conditions.Applications, Map);
        model.Users = AssignOrNull.Map(conditions.Users, UsersToGraph.Map);
        model.ClientApplications = AssignOrNull.Map(conditions.ClientApplications, Map);
        model.Platforms = AssignOrNull.Map(conditions.Platforms, Map);
        model.Locations = AssignOrNull.Map(conditions.Locations, Map);
        model.Devices = AssignOrNull.Map(conditions.Devices, Map);
        model.InsiderRiskLevels = conditions.InsiderRiskLevels is { Count: > 0 } ir
            ? EnumTokens.ParseFlags<ConditionalAccessInsiderRiskLevels>(ir, "insiderRiskLevels")
            : null;
        model.AuthenticationFlows = AssignOrNull.Map(conditions.AuthenticationFlows, Map);
        return model;
    }

    internal static ConditionalAccessFilter Filter(Ca.ConditionalAccessFilter filter)
    {
        var model = new ConditionalAccessFilter();
        if (filter.Mode is { } mode) model.Mode = EnumTokens.Parse<FilterMode>(mode, "filter.mode");
        if (filter.Rule is { } rule) model.Rule = rule;
        return model;
    }

    private static ConditionalAccessApplications Map(Ca.ConditionalAccessApplications applications)
    {
        var model = new ConditionalAccessApplications
        {
            IncludeApplications = [.. applications.IncludeApplications ?? []],
            ExcludeApplications = [.. applications.ExcludeApplications ?? []],
            IncludeUserActions = [.. applications.IncludeUserActions ?? []],
            IncludeAuthenticationContextClassReferences = [.. applications.IncludeAuthenticationContextClassReferences ?? []],
        };
        model.ApplicationFilter = AssignOrNull.Map(applications.ApplicationFilter, Filter);
        return model;
    }

    private static ConditionalAccessClientApplications Map(Ca.ConditionalAccessClientApplications clients)
    {
        var model = new ConditionalAccessClientApplications
        {
            IncludeServicePrincipals = [.. clients.IncludeServicePrincipals ?? []],
            ExcludeServicePrincipals = [.. clients.ExcludeServicePrincipals ?? []],
        };
        model.ServicePrincipalFilter = AssignOrNull.Map(clients.ServicePrincipalFilter, Filter);
        return model;
    }

    private static ConditionalAccessPlatforms Map(Ca.ConditionalAccessPlatforms platforms) => new()
    {
        IncludePlatforms = EnumTokens.ParseList<ConditionalAccessDevicePlatform>(platforms.IncludePlatforms ?? [], "platforms.includePlatforms"),
        ExcludePlatforms = EnumTokens.ParseList<ConditionalAccessDevicePlatform>(platforms.ExcludePlatforms ?? [], "platforms.excludePlatforms"),
    };

    private static ConditionalAccessLocations Map(Ca.ConditionalAccessLocations locations) => new()
    {
        IncludeLocations = [.. locations.IncludeLocations ?? []],
        ExcludeLocations = [.. locations.ExcludeLocations ?? []],
    };

    private static ConditionalAccessDevices Map(Ca.ConditionalAccessDevices devices)
    {
        var model = new ConditionalAccessDevices();
        model.DeviceFilter = AssignOrNull.Map(devices.DeviceFilter, Filter);
        return model;
    }

    private static ConditionalAccessAuthenticationFlows Map(Ca.ConditionalAccessAuthenticationFlows flows)
    {
        return new ConditionalAccessAuthenticationFlows
        {
            TransferMethods = flows.TransferMethods is { Count: > 0 } methods
                ? EnumTokens.ParseFlags<ConditionalAccessTransferMethods>(methods, "authenticationFlows.transferMethods")
                : null,
        };
    }
}
