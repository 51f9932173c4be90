using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Store;
using Reconciler.Model.CrossTenant;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// Fresh SDK models carrying only the blocks being written: each declared block whole, and each cleared block as an
/// explicit null (the backing store sends a value set to null), which on a partner means "inherit the default".
/// </summary>
internal static class CrossTenantToGraph
{
    public static CrossTenantAccessPolicyConfigurationDefault Default(CrossTenantSettings settings) =>
        WithBlocks(new CrossTenantAccessPolicyConfigurationDefault(), settings);

    public static CrossTenantAccessPolicyConfigurationPartner Partner(string? tenantId, CrossTenantSettings settings, IReadOnlyList<string>? cleared = null)
    {
        var model = WithBlocks(new CrossTenantAccessPolicyConfigurationPartner(), settings);
        foreach (var block in cleared ?? [])
        {
            model.BackingStore.Set(block, (object?)null);
        }
        if (tenantId is not null) model.TenantId = tenantId;
        if (settings.IsServiceProvider is { } provider) model.IsServiceProvider = provider;
        return model;
    }

    /// <summary>
    /// Default and partner share these blocks but no SDK base type, so they are set through the backing store by wire
    /// name, which is exactly what the generated setters do (and what marks them as changed for sending).
    /// </summary>
    private static T WithBlocks<T>(T model, CrossTenantSettings settings)
        where T : IBackedModel
    {
        Set(model, "inboundTrust", settings.InboundTrust is { } trust ? Map(trust) : null);
        Set(model, "b2bCollaborationInbound", Map(settings.B2bCollaborationInbound, "b2bCollaborationInbound"));
        Set(model, "b2bCollaborationOutbound", Map(settings.B2bCollaborationOutbound, "b2bCollaborationOutbound"));
        Set(model, "b2bDirectConnectInbound", Map(settings.B2bDirectConnectInbound, "b2bDirectConnectInbound"));
        Set(model, "b2bDirectConnectOutbound", Map(settings.B2bDirectConnectOutbound, "b2bDirectConnectOutbound"));
        Set(model, "automaticUserConsentSettings", settings.AutomaticUserConsentSettings is { } consent ? Map(consent) : null);
        return model;
    }

    private static void Set(IBackedModel model, string wireName, object? value)
    {
        if (value is not null)
        {
            model.BackingStore.Set(wireName, value);
        }
    }

    private static CrossTenantAccessPolicyInboundTrust Map(InboundTrust trust)
    {
        var model = new CrossTenantAccessPolicyInboundTrust();
        if (trust.IsMfaAccepted is { } mfa) model.IsMfaAccepted = mfa;
        if (trust.IsCompliantDeviceAccepted is { } compliant) model.IsCompliantDeviceAccepted = compliant;
        if (trust.IsHybridAzureADJoinedDeviceAccepted is { } hybrid) model.IsHybridAzureADJoinedDeviceAccepted = hybrid;
        return model;
    }

    private static CrossTenantAccessPolicyB2BSetting? Map(B2BSetting? setting, string property)
    {
        if (setting is null)
        {
            return null;
        }
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
