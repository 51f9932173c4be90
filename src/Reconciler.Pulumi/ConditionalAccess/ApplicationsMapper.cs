using Reconciler.Model.ConditionalAccess;
using static Reconciler.PulumiMapping.ConditionalAccess.PolicyMappingContext;

namespace Reconciler.PulumiMapping.ConditionalAccess;

internal static class ApplicationsMapper
{
    public static ApplicationsModel Map(ConditionalAccessApplications? applications, PolicyMappingContext context)
    {
        if (applications is null)
        {
            context.Required("conditions.applications");
            return new ApplicationsModel([], [], []);
        }

        if (applications.IncludeApplications is not { Count: > 0 } && applications.IncludeUserActions is not { Count: > 0 })
        {
            context.Required("conditions.applications.includeApplications or includeUserActions");
        }

        if (applications.IncludeAuthenticationContextClassReferences is { Count: > 0 })
        {
            context.NotExpressible("conditions.applications.includeAuthenticationContextClassReferences");
        }

        return new ApplicationsModel(
            List(applications.IncludeApplications),
            List(applications.ExcludeApplications),
            List(applications.IncludeUserActions),
            FilterMapper.Map(applications.ApplicationFilter, "applications.applicationFilter", context));
    }
}
