using Reconciler.Core.Model.CrossTenant;

namespace Reconciler.Core.PulumiMapping.CrossTenant;

/// <summary>
/// Cuts live settings down to the properties a resource declares, down to each leaf, so a refresh reports drift in
/// what the stack manages and nothing else. A declared block the tenant does not hold reads as an empty block.
/// </summary>
internal static class DeclaredProjection
{
    public static CrossTenantSettings Of(CrossTenantSettings live, CrossTenantSettings declared) => new()
    {
        InboundTrust = Trust(live.InboundTrust, declared.InboundTrust),
        B2bCollaborationInbound = B2b(live.B2bCollaborationInbound, declared.B2bCollaborationInbound),
        B2bCollaborationOutbound = B2b(live.B2bCollaborationOutbound, declared.B2bCollaborationOutbound),
        B2bDirectConnectInbound = B2b(live.B2bDirectConnectInbound, declared.B2bDirectConnectInbound),
        B2bDirectConnectOutbound = B2b(live.B2bDirectConnectOutbound, declared.B2bDirectConnectOutbound),
        AutomaticUserConsentSettings = Consent(live.AutomaticUserConsentSettings, declared.AutomaticUserConsentSettings),
        IsServiceProvider = declared.IsServiceProvider is null ? null : live.IsServiceProvider,
    };

    private static InboundTrust? Trust(InboundTrust? live, InboundTrust? declared) =>
        declared is null
            ? null
            : new InboundTrust
            {
                IsMfaAccepted = declared.IsMfaAccepted is null ? null : live?.IsMfaAccepted,
                IsCompliantDeviceAccepted = declared.IsCompliantDeviceAccepted is null ? null : live?.IsCompliantDeviceAccepted,
                IsHybridAzureADJoinedDeviceAccepted = declared.IsHybridAzureADJoinedDeviceAccepted is null ? null : live?.IsHybridAzureADJoinedDeviceAccepted,
            };

    private static B2BSetting? B2b(B2BSetting? live, B2BSetting? declared) =>
        declared is null
            ? null
            : new B2BSetting
            {
                UsersAndGroups = Target(live?.UsersAndGroups, declared.UsersAndGroups),
                Applications = Target(live?.Applications, declared.Applications),
            };

    private static TargetConfiguration? Target(TargetConfiguration? live, TargetConfiguration? declared) =>
        declared is null
            ? null
            : new TargetConfiguration
            {
                AccessType = declared.AccessType is null ? null : live?.AccessType,
                Targets = declared.Targets is null ? null : live?.Targets ?? [],
            };

    private static AutomaticUserConsentSettings? Consent(AutomaticUserConsentSettings? live, AutomaticUserConsentSettings? declared) =>
        declared is null
            ? null
            : new AutomaticUserConsentSettings
            {
                InboundAllowed = declared.InboundAllowed is null ? null : live?.InboundAllowed,
                OutboundAllowed = declared.OutboundAllowed is null ? null : live?.OutboundAllowed,
            };
}
