using Reconciler.Model.CrossTenant;

namespace Reconciler.Core.Tests.PulumiMapping;

internal static class CrossTenantSamples
{
    /// <summary>Every block and property the provider carries, so a round trip covers them all.</summary>
    public static CrossTenantSettings Everything { get; } = new()
    {
        InboundTrust = new InboundTrust { IsMfaAccepted = true, IsCompliantDeviceAccepted = false, IsHybridAzureADJoinedDeviceAccepted = true },
        B2bCollaborationInbound = new B2BSetting
        {
            UsersAndGroups = new TargetConfiguration
            {
                AccessType = "allowed",
                Targets = [new AccessTarget("AllUsers", "user"), new AccessTarget("6f2c0000-0000-4000-8000-000000000001", "group")],
            },
            Applications = new TargetConfiguration { AccessType = "allowed", Targets = [new AccessTarget("AllApplications", "application")] },
        },
        B2bCollaborationOutbound = new B2BSetting { UsersAndGroups = new TargetConfiguration { AccessType = "blocked", Targets = [] } },
        B2bDirectConnectInbound = new B2BSetting { Applications = new TargetConfiguration { AccessType = "blocked" } },
        B2bDirectConnectOutbound = new B2BSetting(),
        AutomaticUserConsentSettings = new AutomaticUserConsentSettings { InboundAllowed = true, OutboundAllowed = false },
        IsServiceProvider = true,
    };

    public static Dictionary<string, object?> Bag(params (string Key, object? Value)[] properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value);
}
