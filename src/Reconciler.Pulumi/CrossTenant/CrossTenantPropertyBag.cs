using Reconciler.Model.CrossTenant;
using N = Reconciler.PulumiMapping.CrossTenant.XtapPropertyNames;

namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>
/// Writes cross-tenant settings as a property bag: camelCase keys, nested dictionaries and lists, booleans and strings,
/// with undeclared (null) properties left out. The provider turns the bag into Pulumi property values and back;
/// <see cref="CrossTenantBagReader"/> reads it.
/// </summary>
public static class CrossTenantPropertyBag
{
    public static Dictionary<string, object?> ToBag(CrossTenantSettings settings, string? tenantId = null)
    {
        var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
        Put(bag, N.TenantId, tenantId);
        Put(bag, N.InboundTrust, InboundTrust(settings.InboundTrust));
        Put(bag, N.B2bCollaborationInbound, B2b(settings.B2bCollaborationInbound));
        Put(bag, N.B2bCollaborationOutbound, B2b(settings.B2bCollaborationOutbound));
        Put(bag, N.B2bDirectConnectInbound, B2b(settings.B2bDirectConnectInbound));
        Put(bag, N.B2bDirectConnectOutbound, B2b(settings.B2bDirectConnectOutbound));
        Put(bag, N.AutomaticUserConsentSettings, Consent(settings.AutomaticUserConsentSettings));
        Put(bag, N.IsServiceProvider, settings.IsServiceProvider);
        return bag;
    }

    private static Dictionary<string, object?>? InboundTrust(InboundTrust? trust) =>
        trust is null
            ? null
            : Object(
                (N.IsMfaAccepted, trust.IsMfaAccepted),
                (N.IsCompliantDeviceAccepted, trust.IsCompliantDeviceAccepted),
                (N.IsHybridAzureADJoinedDeviceAccepted, trust.IsHybridAzureADJoinedDeviceAccepted));

    private static Dictionary<string, object?>? B2b(B2BSetting? setting) =>
        setting is null ? null : Object((N.UsersAndGroups, Target(setting.UsersAndGroups)), (N.Applications, Target(setting.Applications)));

    private static Dictionary<string, object?>? Target(TargetConfiguration? configuration) =>
        configuration is null
            ? null
            : Object(
                (N.AccessType, configuration.AccessType),
                (N.Targets, configuration.Targets?.Select(t => (object?)Object((N.Target, t.Target), (N.TargetType, t.TargetType))).ToList()));

    private static Dictionary<string, object?>? Consent(AutomaticUserConsentSettings? consent) =>
        consent is null ? null : Object((N.InboundAllowed, consent.InboundAllowed), (N.OutboundAllowed, consent.OutboundAllowed));

    private static Dictionary<string, object?> Object(params (string Key, object? Value)[] properties)
    {
        var bag = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            Put(bag, key, value);
        }

        return bag;
    }

    private static void Put(Dictionary<string, object?> bag, string key, object? value)
    {
        if (value is not null)
        {
            bag[key] = value;
        }
    }
}
