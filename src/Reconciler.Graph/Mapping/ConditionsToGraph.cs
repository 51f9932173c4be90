using Microsoft.Graph.Models;
using Ca = Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

internal static class ConditionsToGraph
{
    public static ConditionalAccessConditionSet Map(Ca.ConditionalAccessConditions conditions)
    {
        var model = new ConditionalAccessConditionSet();
        if (conditions.Applications is { } a) model.Applications = Map(a);
        if (conditions.Users is { } u) model.Users = UsersToGraph.Map(u);
        if (conditions.ClientApplications is { } c) model.ClientApplications = Map(c);
        if (conditions.ClientAppTypes is { } types) model.ClientAppTypes = EnumTokens.ParseList<ConditionalAccessClientApp>(types, "clientAppTypes");
        if (conditions.Platforms is { } p) model.Platforms = Map(p);
        if (conditions.Locations is { } l) model.Locations = Map(l);
        if (conditions.Devices is { } d) model.Devices = new ConditionalAccessDevices { DeviceFilter = Filter(d.DeviceFilter) };
        if (conditions.SignInRiskLevels is { } sr) model.SignInRiskLevels = EnumTokens.ParseList<RiskLevel>(sr, "signInRiskLevels");
        if (conditions.UserRiskLevels is { } ur) model.UserRiskLevels = EnumTokens.ParseList<RiskLevel>(ur, "userRiskLevels");
        if (conditions.ServicePrincipalRiskLevels is { } spr) model.ServicePrincipalRiskLevels = EnumTokens.ParseList<RiskLevel>(spr, "servicePrincipalRiskLevels");
        if (conditions.InsiderRiskLevels is { } ir) model.InsiderRiskLevels = EnumTokens.ParseFlags<ConditionalAccessInsiderRiskLevels>(ir, "insiderRiskLevels");
        if (conditions.AuthenticationFlows is { TransferMethods: { } methods })
        {
            model.AuthenticationFlows = new ConditionalAccessAuthenticationFlows
            {
                TransferMethods = EnumTokens.ParseFlags<ConditionalAccessTransferMethods>(methods, "authenticationFlows.transferMethods"),
            };
        }
        return model;
    }

    internal static ConditionalAccessFilter? Filter(Ca.ConditionalAccessFilter? filter)
    {
        if (filter is null)
        {
            return null;
        }
        var model = new ConditionalAccessFilter();
        if (filter.Mode is { } mode) model.Mode = EnumTokens.Parse<FilterMode>(mode, "filter.mode");
        if (filter.Rule is { } rule) model.Rule = rule;
        return model;
    }

    private static ConditionalAccessApplications Map(Ca.ConditionalAccessApplications applications)
    {
        var model = new ConditionalAccessApplications();
        if (applications.IncludeApplications is { } include) model.IncludeApplications = [.. include];
        if (applications.ExcludeApplications is { } exclude) model.ExcludeApplications = [.. exclude];
        if (applications.IncludeUserActions is { } actions) model.IncludeUserActions = [.. actions];
        if (applications.IncludeAuthenticationContextClassReferences is { } refs) model.IncludeAuthenticationContextClassReferences = [.. refs];
        if (applications.ApplicationFilter is { } filter) model.ApplicationFilter = Filter(filter);
        return model;
    }

    private static ConditionalAccessClientApplications Map(Ca.ConditionalAccessClientApplications clients)
    {
        var model = new ConditionalAccessClientApplications();
        if (clients.IncludeServicePrincipals is { } include) model.IncludeServicePrincipals = [.. include];
        if (clients.ExcludeServicePrincipals is { } exclude) model.ExcludeServicePrincipals = [.. exclude];
        if (clients.ServicePrincipalFilter is { } filter) model.ServicePrincipalFilter = Filter(filter);
        return model;
    }

    private static ConditionalAccessPlatforms Map(Ca.ConditionalAccessPlatforms platforms)
    {
        var model = new ConditionalAccessPlatforms();
        if (platforms.IncludePlatforms is { } include) model.IncludePlatforms = EnumTokens.ParseList<ConditionalAccessDevicePlatform>(include, "platforms.includePlatforms");
        if (platforms.ExcludePlatforms is { } exclude) model.ExcludePlatforms = EnumTokens.ParseList<ConditionalAccessDevicePlatform>(exclude, "platforms.excludePlatforms");
        return model;
    }

    private static ConditionalAccessLocations Map(Ca.ConditionalAccessLocations locations)
    {
        var model = new ConditionalAccessLocations();
        if (locations.IncludeLocations is { } include) model.IncludeLocations = [.. include];
        if (locations.ExcludeLocations is { } exclude) model.ExcludeLocations = [.. exclude];
        return model;
    }
}
