using Reconciler.Model.ConditionalAccess;
using static Reconciler.PulumiMapping.ConditionalAccess.PolicyMappingContext;

namespace Reconciler.PulumiMapping.ConditionalAccess;

internal static class ConditionsMapper
{
    public static ConditionsModel Map(ConditionalAccessConditions? conditions, PolicyMappingContext context)
    {
        if (conditions is null)
        {
            context.Required("conditions");
            conditions = new ConditionalAccessConditions();
        }

        if (conditions.ClientAppTypes is not { Count: > 0 })
        {
            context.Required("conditions.clientAppTypes");
        }

        return new ConditionsModel(
            List(conditions.ClientAppTypes),
            ApplicationsMapper.Map(conditions.Applications, context),
            UsersMapper.Map(conditions.Users, context))
        {
            ClientApplications = MapClientApplications(conditions.ClientApplications),
            Devices = conditions.Devices is null ? null : new DevicesModel(FilterMapper.Map(conditions.Devices.DeviceFilter, "devices.deviceFilter", context)),
            Locations = MapLocations(conditions.Locations, context),
            Platforms = MapPlatforms(conditions.Platforms, context),
            AuthenticationFlowTransferMethods = List(conditions.AuthenticationFlows?.TransferMethods),
            InsiderRiskLevels = MapInsiderRiskLevels(conditions.InsiderRiskLevels, context),
            ServicePrincipalRiskLevels = List(conditions.ServicePrincipalRiskLevels),
            SignInRiskLevels = List(conditions.SignInRiskLevels),
            UserRiskLevels = List(conditions.UserRiskLevels),
        };

        ClientApplicationsModel? MapClientApplications(ConditionalAccessClientApplications? apps) =>
            apps is null
                ? null
                : new ClientApplicationsModel(
                    List(apps.IncludeServicePrincipals),
                    List(apps.ExcludeServicePrincipals),
                    FilterMapper.Map(apps.ServicePrincipalFilter, "clientApplications.servicePrincipalFilter", context));
    }

    private static LocationsModel? MapLocations(ConditionalAccessLocations? locations, PolicyMappingContext context)
    {
        if (locations is null)
        {
            return null;
        }

        if (locations.IncludeLocations is not { Count: > 0 })
        {
            context.Required("conditions.locations.includeLocations");
        }

        return new LocationsModel(List(locations.IncludeLocations), List(locations.ExcludeLocations));
    }

    private static PlatformsModel? MapPlatforms(ConditionalAccessPlatforms? platforms, PolicyMappingContext context)
    {
        if (platforms is null)
        {
            return null;
        }

        if (platforms.IncludePlatforms is not { Count: > 0 })
        {
            context.Required("conditions.platforms.includePlatforms");
        }

        return new PlatformsModel(List(platforms.IncludePlatforms), List(platforms.ExcludePlatforms));
    }

    private static string? MapInsiderRiskLevels(IReadOnlyList<string>? levels, PolicyMappingContext context)
    {
        if (levels is not { Count: > 0 })
        {
            return null;
        }

        if (levels.Count > 1)
        {
            context.Narrower("conditions.insiderRiskLevels", "takes a single level");
        }

        return levels[0];
    }
}
