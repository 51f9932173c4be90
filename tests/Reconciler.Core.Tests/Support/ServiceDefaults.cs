using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;

namespace Reconciler.Core.Tests.Support;

/// <summary>What Graph fills in on its own: empty lists for unset collections, and Microsoft's cross-tenant defaults.</summary>
internal static class ServiceDefaults
{
    public static ConditionalAccessPolicyBody Fill(ConditionalAccessPolicyBody body)
    {
        var conditions = body.Conditions ?? new();
        var users = conditions.Users ?? new();
        var applications = conditions.Applications ?? new();
        return body with
        {
            Conditions = conditions with
            {
                ClientAppTypes = conditions.ClientAppTypes ?? [],
                SignInRiskLevels = conditions.SignInRiskLevels ?? [],
                UserRiskLevels = conditions.UserRiskLevels ?? [],
                ServicePrincipalRiskLevels = conditions.ServicePrincipalRiskLevels ?? [],
                Applications = applications with
                {
                    IncludeApplications = applications.IncludeApplications ?? [],
                    ExcludeApplications = applications.ExcludeApplications ?? [],
                    IncludeUserActions = applications.IncludeUserActions ?? [],
                    IncludeAuthenticationContextClassReferences = applications.IncludeAuthenticationContextClassReferences ?? [],
                },
                Users = users with
                {
                    IncludeUsers = users.IncludeUsers ?? [],
                    ExcludeUsers = users.ExcludeUsers ?? [],
                    IncludeGroups = users.IncludeGroups ?? [],
                    ExcludeGroups = users.ExcludeGroups ?? [],
                    IncludeRoles = users.IncludeRoles ?? [],
                    ExcludeRoles = users.ExcludeRoles ?? [],
                },
            },
            GrantControls = body.GrantControls is { } grant
                ? grant with { BuiltInControls = grant.BuiltInControls ?? [], CustomAuthenticationFactors = grant.CustomAuthenticationFactors ?? [], TermsOfUse = grant.TermsOfUse ?? [] }
                : null,
        };
    }

    public static CrossTenantSettings CrossTenant => CrossTenantServiceDefault.Settings;
}
