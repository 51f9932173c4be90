using Reconciler.Model.CrossTenant;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Cuts live settings down to the properties a resource declares, down to each leaf, so a refresh reports drift in
/// what the stack manages and nothing else. A declared block the tenant does not hold reads as an empty block. A
/// partner's undeclared block must be null (it inherits the default), so such a block is reported as the tenant
/// holds it: a block set by hand then differs from the declared null.
/// </summary>
internal static class DeclaredProjection
{
    public static CrossTenantSettings Of(CrossTenantSettings live, CrossTenantSettings declared, bool partner) => new()
    {
        InboundTrust = partner && declared.InboundTrust is null ? live.InboundTrust : Trust(live.InboundTrust, declared.InboundTrust),
        B2bCollaborationInbound = Block(live.B2bCollaborationInbound, declared.B2bCollaborationInbound, partner),
        B2bCollaborationOutbound = Block(live.B2bCollaborationOutbound, declared.B2bCollaborationOutbound, partner),
        B2bDirectConnectInbound = Block(live.B2bDirectConnectInbound, declared.B2bDirectConnectInbound, partner),
        B2bDirectConnectOutbound = Block(live.B2bDirectConnectOutbound, declared.B2bDirectConnectOutbound, partner),
        AutomaticUserConsentSettings = Consent(live.AutomaticUserConsentSettings, declared.AutomaticUserConsentSettings),
        IsServiceProvider = declared.IsServiceProvider is null ? null : live.IsServiceProvider,
    };

    private static B2BSetting? Block(B2BSetting? live, B2BSetting? declared, bool partner) =>
        partner && declared is null ? live : B2b(live, declared);

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
