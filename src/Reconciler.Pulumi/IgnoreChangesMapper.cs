using Reconciler.Model.Planning;

namespace Reconciler.PulumiMapping;

/// <summary>
/// <c>ignoreChanges</c> as Pulumi's <c>CustomResourceOptions.IgnoreChanges</c>: the same paths in the resource's own
/// input names. The cross-tenant provider takes Graph's names, so its paths pass through. azuread renames Graph's
/// properties and flattens some blocks (<c>sessionControls.signInFrequency</c> is four flat inputs, a guest-type block is
/// a list), so a policy's path is translated segment by segment, and a block that became several inputs ignores all of
/// them. A path with no azuread input (a guest's <c>accountEnabled</c>) maps to nothing: azuread never writes it anyway.
/// </summary>
public static class IgnoreChangesMapper
{
    /// <summary>Graph path prefix to azuread paths, most specific first; the rest of the path follows the prefix's last name.</summary>
    private static readonly (string Graph, string[] Azuread)[] PolicyPaths =
    [
        ("conditions.applications.includeApplications", ["conditions.applications.includedApplications"]),
        ("conditions.applications.excludeApplications", ["conditions.applications.excludedApplications"]),
        ("conditions.applications.includeUserActions", ["conditions.applications.includedUserActions"]),
        ("conditions.applications.includeAuthenticationContextClassReferences", []),
        ("conditions.applications.applicationFilter", ["conditions.applications.filter"]),
        ("conditions.users.includeUsers", ["conditions.users.includedUsers"]),
        ("conditions.users.excludeUsers", ["conditions.users.excludedUsers"]),
        ("conditions.users.includeGroups", ["conditions.users.includedGroups"]),
        ("conditions.users.excludeGroups", ["conditions.users.excludedGroups"]),
        ("conditions.users.includeRoles", ["conditions.users.includedRoles"]),
        ("conditions.users.excludeRoles", ["conditions.users.excludedRoles"]),
        ("conditions.users.includeGuestsOrExternalUsers.externalTenants.membershipKind", ["conditions.users.includedGuestsOrExternalUsers[*].externalTenants[*].membershipKind"]),
        ("conditions.users.excludeGuestsOrExternalUsers.externalTenants.membershipKind", ["conditions.users.excludedGuestsOrExternalUsers[*].externalTenants[*].membershipKind"]),
        ("conditions.users.includeGuestsOrExternalUsers.externalTenants.members", ["conditions.users.includedGuestsOrExternalUsers[*].externalTenants[*].members"]),
        ("conditions.users.excludeGuestsOrExternalUsers.externalTenants.members", ["conditions.users.excludedGuestsOrExternalUsers[*].externalTenants[*].members"]),
        ("conditions.users.includeGuestsOrExternalUsers.externalTenants", ["conditions.users.includedGuestsOrExternalUsers[*].externalTenants"]),
        ("conditions.users.excludeGuestsOrExternalUsers.externalTenants", ["conditions.users.excludedGuestsOrExternalUsers[*].externalTenants"]),
        ("conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes", ["conditions.users.includedGuestsOrExternalUsers[*].guestOrExternalUserTypes"]),
        ("conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes", ["conditions.users.excludedGuestsOrExternalUsers[*].guestOrExternalUserTypes"]),
        ("conditions.users.includeGuestsOrExternalUsers", ["conditions.users.includedGuestsOrExternalUsers"]),
        ("conditions.users.excludeGuestsOrExternalUsers", ["conditions.users.excludedGuestsOrExternalUsers"]),
        ("conditions.clientApplications.includeServicePrincipals", ["conditions.clientApplications.includedServicePrincipals"]),
        ("conditions.clientApplications.excludeServicePrincipals", ["conditions.clientApplications.excludedServicePrincipals"]),
        ("conditions.clientApplications.servicePrincipalFilter", ["conditions.clientApplications.filter"]),
        ("conditions.platforms.includePlatforms", ["conditions.platforms.includedPlatforms"]),
        ("conditions.platforms.excludePlatforms", ["conditions.platforms.excludedPlatforms"]),
        ("conditions.locations.includeLocations", ["conditions.locations.includedLocations"]),
        ("conditions.locations.excludeLocations", ["conditions.locations.excludedLocations"]),
        ("conditions.devices.deviceFilter", ["conditions.devices.filter"]),
        ("conditions.authenticationFlows", ["conditions.authenticationFlowTransferMethods"]),
        ("grantControls.termsOfUse", ["grantControls.termsOfUses"]),
        ("grantControls.authenticationStrengthId", ["grantControls.authenticationStrengthPolicyId"]),
        ("sessionControls.applicationEnforcedRestrictions", ["sessionControls.applicationEnforcedRestrictionsEnabled"]),
        ("sessionControls.cloudAppSecurity", ["sessionControls.cloudAppSecurityPolicy"]),
        ("sessionControls.persistentBrowser", ["sessionControls.persistentBrowserMode"]),
        ("sessionControls.signInFrequency.value", ["sessionControls.signInFrequency"]),
        ("sessionControls.signInFrequency.type", ["sessionControls.signInFrequencyPeriod"]),
        ("sessionControls.signInFrequency.authenticationType", ["sessionControls.signInFrequencyAuthenticationType"]),
        ("sessionControls.signInFrequency.frequencyInterval", ["sessionControls.signInFrequencyInterval"]),
        ("sessionControls.signInFrequency", ["sessionControls.signInFrequency", "sessionControls.signInFrequencyPeriod", "sessionControls.signInFrequencyAuthenticationType", "sessionControls.signInFrequencyInterval"]),
        ("sessionControls.secureSignInSession", []),
    ];

    private static readonly (string Graph, string[] Azuread)[] GuestPaths =
    [
        ("displayName", ["userDisplayName"]),
        ("userType", ["userType"]),
        ("accountEnabled", []),
    ];

    public static IReadOnlyList<string> Map(ResourceType type, IEnumerable<string> paths) => type switch
    {
        ResourceType.ConditionalAccessPolicy => [.. paths.SelectMany(p => Translate(PolicyPaths, p)).Distinct(StringComparer.Ordinal)],
        ResourceType.Guest => [.. paths.SelectMany(p => Translate(GuestPaths, p)).Distinct(StringComparer.Ordinal)],
        _ => [.. paths],
    };

    private static IEnumerable<string> Translate((string Graph, string[] Azuread)[] table, string path)
    {
        foreach (var (graph, azuread) in table)
        {
            // A flattened block's own paths (isEnabled...) have no input of their own: the block's inputs stand for them.
            if (path == graph || path.StartsWith(graph + ".", StringComparison.Ordinal))
            {
                var rest = path[graph.Length..];
                return azuread.Length == 1 && !Flattened(graph) ? [azuread[0] + rest] : azuread;
            }
        }

        return [path];
    }

    /// <summary>Graph blocks azuread spreads over flat inputs: what lies under them has no path of its own there.</summary>
    private static bool Flattened(string graph) =>
        graph.StartsWith("sessionControls.", StringComparison.Ordinal) || graph == "conditions.authenticationFlows";
}
