using Microsoft.Graph.Models;
using Reconciler.Core.Live;
using Reconciler.Core.Model.CrossTenant;

namespace Reconciler.Graph.Mapping;

internal static class CrossTenantFromGraph
{
    public static LiveCrossTenantDefault Map(CrossTenantAccessPolicyConfigurationDefault configuration) => new()
    {
        IsServiceDefault = configuration.IsServiceDefault ?? false,
        Settings = new CrossTenantSettings
        {
            InboundTrust = Map(configuration.InboundTrust),
            B2bCollaborationInbound = Map(configuration.B2bCollaborationInbound),
            B2bCollaborationOutbound = Map(configuration.B2bCollaborationOutbound),
            B2bDirectConnectInbound = Map(configuration.B2bDirectConnectInbound),
            B2bDirectConnectOutbound = Map(configuration.B2bDirectConnectOutbound),
            AutomaticUserConsentSettings = Map(configuration.AutomaticUserConsentSettings),
        },
    };

    public static LivePartner Map(CrossTenantAccessPolicyConfigurationPartner partner) => new()
    {
        TenantId = partner.TenantId ?? "",
        Settings = new CrossTenantSettings
        {
            InboundTrust = Map(partner.InboundTrust),
            B2bCollaborationInbound = Map(partner.B2bCollaborationInbound),
            B2bCollaborationOutbound = Map(partner.B2bCollaborationOutbound),
            B2bDirectConnectInbound = Map(partner.B2bDirectConnectInbound),
            B2bDirectConnectOutbound = Map(partner.B2bDirectConnectOutbound),
            AutomaticUserConsentSettings = Map(partner.AutomaticUserConsentSettings),
            IsServiceProvider = partner.IsServiceProvider,
        },
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
