using System.Text.Json;
using Microsoft.Graph.Models;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// The SDK silently turns enum values it does not know into null and drops unknown flag tokens. This scan reads the
/// raw JSON Graph sent and reports every such value, so a newer service value is never lost without a word.
/// </summary>
internal static class UnknownValueScan
{
    private sealed record EnumPath(string Path, IReadOnlySet<string> Known)
    {
        public byte[][] Steps { get; } = [.. Path.Split('.').Select(System.Text.Encoding.UTF8.GetBytes)];
    }

    private static readonly EnumPath[] PolicyPaths =
    [
        new("state", EnumTokens.Known<ConditionalAccessPolicyState>()),
        new("conditions.clientAppTypes", EnumTokens.Known<ConditionalAccessClientApp>()),
        new("conditions.signInRiskLevels", EnumTokens.Known<RiskLevel>()),
        new("conditions.userRiskLevels", EnumTokens.Known<RiskLevel>()),
        new("conditions.servicePrincipalRiskLevels", EnumTokens.Known<RiskLevel>()),
        new("conditions.insiderRiskLevels", EnumTokens.Known<ConditionalAccessInsiderRiskLevels>()),
        new("conditions.authenticationFlows.transferMethods", EnumTokens.Known<ConditionalAccessTransferMethods>()),
        new("conditions.platforms.includePlatforms", EnumTokens.Known<ConditionalAccessDevicePlatform>()),
        new("conditions.platforms.excludePlatforms", EnumTokens.Known<ConditionalAccessDevicePlatform>()),
        new("conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes", EnumTokens.Known<ConditionalAccessGuestOrExternalUserTypes>()),
        new("conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes", EnumTokens.Known<ConditionalAccessGuestOrExternalUserTypes>()),
        new("conditions.users.includeGuestsOrExternalUsers.externalTenants.membershipKind", EnumTokens.Known<ConditionalAccessExternalTenantsMembershipKind>()),
        new("conditions.users.excludeGuestsOrExternalUsers.externalTenants.membershipKind", EnumTokens.Known<ConditionalAccessExternalTenantsMembershipKind>()),
        new("conditions.applications.applicationFilter.mode", EnumTokens.Known<FilterMode>()),
        new("conditions.clientApplications.servicePrincipalFilter.mode", EnumTokens.Known<FilterMode>()),
        new("conditions.devices.deviceFilter.mode", EnumTokens.Known<FilterMode>()),
        new("grantControls.builtInControls", EnumTokens.Known<ConditionalAccessGrantControl>()),
        new("sessionControls.cloudAppSecurity.cloudAppSecurityType", EnumTokens.Known<CloudAppSecuritySessionControlType>()),
        new("sessionControls.signInFrequency.type", EnumTokens.Known<SigninFrequencyType>()),
        new("sessionControls.signInFrequency.authenticationType", EnumTokens.Known<SignInFrequencyAuthenticationType>()),
        new("sessionControls.signInFrequency.frequencyInterval", EnumTokens.Known<SignInFrequencyInterval>()),
        new("sessionControls.persistentBrowser.mode", EnumTokens.Known<PersistentBrowserSessionMode>()),
    ];

    private static readonly string[] CrossTenantBlocks =
        ["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound"];

    private static readonly EnumPath[] CrossTenantPaths = CrossTenantBlocks
        .SelectMany(block => new[] { "usersAndGroups", "applications" }.SelectMany(side => new[]
        {
            new EnumPath($"{block}.{side}.accessType", EnumTokens.Known<CrossTenantAccessPolicyTargetConfigurationAccessType>()),
            new EnumPath($"{block}.{side}.targets.targetType", EnumTokens.Known<CrossTenantAccessPolicyTargetType>()),
        }))
        .ToArray();

    public static IEnumerable<Diagnostic> Policy(JsonElement policy, string name) => Scan(policy, name, PolicyPaths);

    public static IEnumerable<Diagnostic> CrossTenant(JsonElement configuration, string name) => Scan(configuration, name, CrossTenantPaths);

    // Runs over every policy and partner a read returns, so it walks the JSON without LINQ or iterators and builds
    // nothing unless a value is unknown.
    private static IReadOnlyList<Diagnostic> Scan(JsonElement root, string name, EnumPath[] paths)
    {
        List<Diagnostic>? found = null;
        foreach (var path in paths)
        {
            Visit(root, path, 0, name, ref found);
        }
        return found ?? [];
    }

    /// <summary>Every string at the path, descending through arrays, with flag strings split into their tokens.</summary>
    private static void Visit(JsonElement element, EnumPath path, int step, string name, ref List<Diagnostic>? found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, path, step, name, ref found);
            }
        }
        else if (step == path.Steps.Length)
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                foreach (var token in element.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!path.Known.Contains(token))
                    {
                        (found ??= []).Add(TenantDiagnostics.UnknownValue(name, path.Path, token));
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(path.Steps[step], out var child))
        {
            Visit(child, path, step + 1, name, ref found);
        }
    }
}
