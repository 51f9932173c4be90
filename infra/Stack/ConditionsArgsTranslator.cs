using Pulumi.AzureAD.Inputs;
using static Reconciler.Infra.Stack.InputLists;
using Reconciler.PulumiMapping.ConditionalAccess;

namespace Reconciler.Infra.Stack;

internal static class ConditionsArgsTranslator
{
    public static ConditionalAccessPolicyConditionsArgs Translate(ConditionsModel model, UserReferenceInputs users)
    {
        var args = new ConditionalAccessPolicyConditionsArgs
        {
            ClientAppTypes = Of(model.ClientAppTypes),
            Applications = Translate(model.Applications),
            Users = UsersArgsTranslator.Translate(model.Users, users),
            AuthenticationFlowTransferMethods = Of(model.AuthenticationFlowTransferMethods),
            ServicePrincipalRiskLevels = Of(model.ServicePrincipalRiskLevels),
            SignInRiskLevels = Of(model.SignInRiskLevels),
            UserRiskLevels = Of(model.UserRiskLevels),
        };

        if (model.InsiderRiskLevels is { } insiderRisk)
        {
            args.InsiderRiskLevels = insiderRisk;
        }

        if (model.ClientApplications is { } clientApplications)
        {
            args.ClientApplications = Translate(clientApplications);
        }

        if (model.Devices is { Filter: { } deviceFilter })
        {
            args.Devices = new ConditionalAccessPolicyConditionsDevicesArgs
            {
                Filter = new ConditionalAccessPolicyConditionsDevicesFilterArgs { Mode = deviceFilter.Mode, Rule = deviceFilter.Rule },
            };
        }

        if (model.Locations is { } locations)
        {
            args.Locations = new ConditionalAccessPolicyConditionsLocationsArgs
            {
                IncludedLocations = Of(locations.IncludedLocations),
                ExcludedLocations = Of(locations.ExcludedLocations),
            };
        }

        if (model.Platforms is { } platforms)
        {
            args.Platforms = new ConditionalAccessPolicyConditionsPlatformsArgs
            {
                IncludedPlatforms = Of(platforms.IncludedPlatforms),
                ExcludedPlatforms = Of(platforms.ExcludedPlatforms),
            };
        }

        return args;
    }

    private static ConditionalAccessPolicyConditionsApplicationsArgs Translate(ApplicationsModel model)
    {
        var args = new ConditionalAccessPolicyConditionsApplicationsArgs
        {
            IncludedApplications = Of(model.IncludedApplications),
            ExcludedApplications = Of(model.ExcludedApplications),
            IncludedUserActions = Of(model.IncludedUserActions),
        };

        if (model.Filter is { } filter)
        {
            args.Filter = new ConditionalAccessPolicyConditionsApplicationsFilterArgs { Mode = filter.Mode, Rule = filter.Rule };
        }

        return args;
    }

    private static ConditionalAccessPolicyConditionsClientApplicationsArgs Translate(ClientApplicationsModel model)
    {
        var args = new ConditionalAccessPolicyConditionsClientApplicationsArgs
        {
            IncludedServicePrincipals = Of(model.IncludedServicePrincipals),
            ExcludedServicePrincipals = Of(model.ExcludedServicePrincipals),
        };

        if (model.Filter is { } filter)
        {
            args.Filter = new ConditionalAccessPolicyConditionsClientApplicationsFilterArgs { Mode = filter.Mode, Rule = filter.Rule };
        }

        return args;
    }
}
