using Microsoft.Graph.Models;
using Reconciler.Graph.Mapping;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Tests.Equivalence;

internal static class CrossTenantFromGraph
{
    public static LiveCrossTenantDefault Map(CrossTenantAccessPolicyConfigurationDefault configuration) => new()
    {
        IsServiceDefault = configuration.IsServiceDefault ?? false,
        Settings = Blocks(configuration.InboundTrust, configuration.B2bCollaborationInbound, configuration.B2bCollaborationOutbound,
            configuration.B2bDirectConnectInbound, configuration.B2bDirectConnectOutbound, configuration.AutomaticUserConsentSettings),
    };

    public static LivePartner Map(CrossTenantAccessPolicyConfigurationPartner partner) => new()
    {
        TenantId = partner.TenantId ?? "",
        Settings = Blocks(partner.InboundTrust, partner.B2bCollaborationInbound, partner.B2bCollaborationOutbound,
            partner.B2bDirectConnectInbound, partner.B2bDirectConnectOutbound, partner.AutomaticUserConsentSettings) with
        {
            IsServiceProvider = partner.IsServiceProvider,
        },
    };

    private static CrossTenantSettings Blocks(CrossTenantAccessPolicyInboundTrust? trust, CrossTenantAccessPolicyB2BSetting? collaborationInbound,
        CrossTenantAccessPolicyB2BSetting? collaborationOutbound, CrossTenantAccessPolicyB2BSetting? directConnectInbound,
        CrossTenantAccessPolicyB2BSetting? directConnectOutbound, InboundOutboundPolicyConfiguration? consent) => new()
        {
            InboundTrust = Map(trust),
            B2bCollaborationInbound = Map(collaborationInbound),
            B2bCollaborationOutbound = Map(collaborationOutbound),
            B2bDirectConnectInbound = Map(directConnectInbound),
            B2bDirectConnectOutbound = Map(directConnectOutbound),
            AutomaticUserConsentSettings = Map(consent),
        };

    private static InboundTrust? Map(CrossTenantAccessPolicyInboundTrust? trust) => trust is null ? null : new()
    {
        IsMfaAccepted = trust.IsMfaAccepted,
        IsCompliantDeviceAccepted = trust.IsCompliantDeviceAccepted,
        IsHybridAzureADJoinedDeviceAccepted = trust.IsHybridAzureADJoinedDeviceAccepted,
    };

    private static B2BSetting? Map(CrossTenantAccessPolicyB2BSetting? setting) => setting is null ? null : new()
    {
        UsersAndGroups = Map(setting.UsersAndGroups),
        Applications = Map(setting.Applications),
    };

    private static TargetConfiguration? Map(CrossTenantAccessPolicyTargetConfiguration? configuration) => configuration is null ? null : new()
    {
        AccessType = EnumTokens.Token(configuration.AccessType),
        Targets = configuration.Targets?.OfType<CrossTenantAccessPolicyTarget>()
            .Select(t => new AccessTarget(t.Target ?? "", EnumTokens.Token(t.TargetType) ?? ""))
            .ToList(),
    };

    private static AutomaticUserConsentSettings? Map(InboundOutboundPolicyConfiguration? consent) => consent is null ? null : new()
    {
        InboundAllowed = consent.InboundAllowed,
        OutboundAllowed = consent.OutboundAllowed,
    };
}
