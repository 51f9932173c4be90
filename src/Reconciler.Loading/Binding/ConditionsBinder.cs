using Reconciler.Loading.Tree;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Binding;

internal static class ConditionsBinder
{
    public static ConditionalAccessConditions Bind(ObjectReader c) => new()
    {
        Applications = c.Object("applications", Applications),
        Users = c.Object("users", Users),
        ClientApplications = c.Object("clientApplications", a => new ConditionalAccessClientApplications
        {
            IncludeServicePrincipals = a.Ids("includeServicePrincipals", IdKind.ServicePrincipals),
            ExcludeServicePrincipals = a.Ids("excludeServicePrincipals", IdKind.ServicePrincipals),
            ServicePrincipalFilter = a.Object("servicePrincipalFilter", Filter),
        }),
        ClientAppTypes = c.EnumList("clientAppTypes", Vocabulary.ClientAppTypes),
        Platforms = c.Object("platforms", p => new ConditionalAccessPlatforms
        {
            IncludePlatforms = p.EnumList("includePlatforms", Vocabulary.Platforms),
            ExcludePlatforms = p.EnumList("excludePlatforms", Vocabulary.Platforms),
        }),
        Locations = c.Object("locations", l => new ConditionalAccessLocations
        {
            IncludeLocations = l.Ids("includeLocations", IdKind.Locations),
            ExcludeLocations = l.Ids("excludeLocations", IdKind.Locations),
        }),
        Devices = c.Object("devices", d => new ConditionalAccessDevices { DeviceFilter = d.Object("deviceFilter", Filter) }),
        SignInRiskLevels = c.EnumList("signInRiskLevels", Vocabulary.RiskLevels),
        UserRiskLevels = c.EnumList("userRiskLevels", Vocabulary.RiskLevels),
        ServicePrincipalRiskLevels = c.EnumList("servicePrincipalRiskLevels", Vocabulary.RiskLevels),
        InsiderRiskLevels = c.Flags("insiderRiskLevels", Vocabulary.InsiderRiskLevels),
        AuthenticationFlows = c.Object("authenticationFlows", f => new ConditionalAccessAuthenticationFlows
        {
            TransferMethods = f.Flags("transferMethods", Vocabulary.TransferMethods),
        }),
    };

    private static ConditionalAccessApplications Applications(ObjectReader a) => new()
    {
        IncludeApplications = a.Ids("includeApplications", IdKind.Applications),
        ExcludeApplications = a.Ids("excludeApplications", IdKind.Applications),
        IncludeUserActions = a.Strings("includeUserActions"),
        IncludeAuthenticationContextClassReferences = a.Strings("includeAuthenticationContextClassReferences"),
        ApplicationFilter = a.Object("applicationFilter", Filter),
    };

    private static ConditionalAccessUsers Users(ObjectReader u) => new()
    {
        IncludeUsers = UserIds(u, "includeUsers"),
        ExcludeUsers = UserIds(u, "excludeUsers"),
        IncludeGroups = u.Ids("includeGroups", IdKind.Groups),
        ExcludeGroups = u.Ids("excludeGroups", IdKind.Groups),
        IncludeRoles = u.Ids("includeRoles", IdKind.Roles),
        ExcludeRoles = u.Ids("excludeRoles", IdKind.Roles),
        IncludeGuestsOrExternalUsers = u.Object("includeGuestsOrExternalUsers", GuestsOrExternalUsers),
        ExcludeGuestsOrExternalUsers = u.Object("excludeGuestsOrExternalUsers", GuestsOrExternalUsers),
    };

    /// <summary>User ids, tokens or emails; emails are remembered so they can be checked against declared guests.</summary>
    private static List<string>? UserIds(ObjectReader u, string key) =>
        u.List(key, (item, path) =>
        {
            var id = u.Binding.Id(item, path, IdKind.Users);
            if (id is not null && Formats.IsEmail(id))
            {
                u.Binding.UserReferences.Add(new UserReference(id, path, item.Location));
            }

            return id;
        });

    private static ConditionalAccessGuestsOrExternalUsers GuestsOrExternalUsers(ObjectReader g) => new()
    {
        GuestOrExternalUserTypes = g.Flags("guestOrExternalUserTypes", Vocabulary.GuestOrExternalUserTypes),
        ExternalTenants = g.Object("externalTenants", ExternalTenants),
    };

    private static ConditionalAccessExternalTenants ExternalTenants(ObjectReader t)
    {
        t.Ignore("@odata.type");
        var kind = t.Enum("membershipKind", Vocabulary.MembershipKind);
        var members = t.Ids("members", IdKind.TenantId);
        if (kind == "enumerated" && members is not { Count: > 0 })
        {
            t.Binding.Report(InputDiagnostics.EnumeratedTenantsWithoutMembers(t.Location));
        }
        else if (kind == "all" && members is { Count: > 0 })
        {
            t.Binding.Report(InputDiagnostics.AllTenantsWithMembers(t.Location));
        }

        return new ConditionalAccessExternalTenants { MembershipKind = kind, Members = members };
    }

    private static ConditionalAccessFilter Filter(ObjectReader f) => new()
    {
        Mode = f.Enum("mode", Vocabulary.FilterMode),
        Rule = f.String("rule"),
    };
}

/// <summary>An email named in a policy's includeUsers or excludeUsers.</summary>
internal sealed record UserReference(string Email, string Path, SourceLocation Location);
