using Microsoft.Graph.Models;
using Reconciler.Core.Model.CrossTenant;

namespace Reconciler.Graph.Mapping;

/// <summary>Fresh SDK models carrying only the declared blocks; each declared block is sent whole.</summary>
internal static class CrossTenantToGraph
{
    public static CrossTenantAccessPolicyConfigurationDefault Default(CrossTenantSettings settings)
    {
        var model = new CrossTenantAccessPolicyConfigurationDefault();
        if (settings.InboundTrust is { } trust) model.InboundTrust = Map(trust);
        if (settings.B2bCollaborationInbound is { } ci) model.B2bCollaborationInbound = Map(ci, "b2bCollaborationInbound");
        if (settings.B2bCollaborationOutbound is { } co) model.B2bCollaborationOutbound = Map(co, "b2bCollaborationOutbound");
        if (settings.B2bDirectConnectInbound is { } di) model.B2bDirectConnectInbound = Map(di, "b2bDirectConnectInbound");
        if (settings.B2bDirectConnectOutbound is { } dout) model.B2bDirectConnectOutbound = Map(dout, "b2bDirectConnectOutbound");
        if (settings.AutomaticUserConsentSettings is { } consent) model.AutomaticUserConsentSettings = Map(consent);
        return model;
    }

    public static CrossTenantAccessPolicyConfigurationPartner Partner(string? tenantId, CrossTenantSettings settings)
    {
        var model = new CrossTenantAccessPolicyConfigurationPartner();
        if (tenantId is not null) model.TenantId = tenantId;
        if (settings.InboundTrust is { } trust) model.InboundTrust = Map(trust);
        if (settings.B2bCollaborationInbound is { } ci) model.B2bCollaborationInbound = Map(ci, "b2bCollaborationInbound");
        if (settings.B2bCollaborationOutbound is { } co) model.B2bCollaborationOutbound = Map(co, "b2bCollaborationOutbound");
        if (settings.B2bDirectConnectInbound is { } di) model.B2bDirectConnectInbound = Map(di, "b2bDirectConnectInbound");
        if (settings.B2bDirectConnectOutbound is { } dout) model.B2bDirectConnectOutbound = Map(dout, "b2bDirectConnectOutbound");
        if (settings.AutomaticUserConsentSettings is { } consent) model.AutomaticUserConsentSettings = Map(consent);
        if (settings.IsServiceProvider is { } provider) model.IsServiceProvider = provider;
        return model;
    }

    private static CrossTenantAccessPolicyInboundTrust Map(InboundTrust trust)
    {
        var model = new CrossTenantAccessPolicyInboundTrust();
        if (trust.IsMfaAccepted is { } mfa) model.IsMfaAccepted = mfa;
        if (trust.IsCompliantDeviceAccepted is { } compliant) model.IsCompliantDeviceAccepted = compliant;
        if (trust.IsHybridAzureADJoinedDeviceAccepted is { } hybrid) model.IsHybridAzureADJoinedDeviceAccepted = hybrid;
        return model;
    }

    private static CrossTenantAccessPolicyB2BSetting Map(B2BSetting setting, string property)
    {
        var model = new CrossTenantAccessPolicyB2BSetting();
        if (setting.UsersAndGroups is { } users) model.UsersAndGroups = Map(users, $"{property}.usersAndGroups");
        if (setting.Applications is { } apps) model.Applications = Map(apps, $"{property}.applications");
        return model;
    }

    private static CrossTenantAccessPolicyTargetConfiguration Map(TargetConfiguration configuration, string property)
    {
        var model = new CrossTenantAccessPolicyTargetConfiguration();
        if (configuration.AccessType is { } access)
        {
            model.AccessType = EnumTokens.Parse<CrossTenantAccessPolicyTargetConfigurationAccessType>(access, $"{property}.accessType");
        }
        if (configuration.Targets is { } targets)
        {
            model.Targets = targets.Select(t => new CrossTenantAccessPolicyTarget
            {
                Target = t.Target,
                TargetType = EnumTokens.Parse<CrossTenantAccessPolicyTargetType>(t.TargetType, $"{property}.targets.targetType"),
            }).ToList();
        }
        return model;
    }

    private static InboundOutboundPolicyConfiguration Map(AutomaticUserConsentSettings consent)
    {
        var model = new InboundOutboundPolicyConfiguration();
        if (consent.InboundAllowed is { } inbound) model.InboundAllowed = inbound;
        if (consent.OutboundAllowed is { } outbound) model.OutboundAllowed = outbound;
        return model;
    }
}
