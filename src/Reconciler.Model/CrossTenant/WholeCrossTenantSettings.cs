namespace Reconciler.Model.CrossTenant;

/// <summary>
/// Declared cross-tenant settings as the whole object they stand for. A switch the stack leaves out inside a declared
/// <c>inboundTrust</c> or <c>automaticUserConsentSettings</c> is <c>false</c>; on the default, a block the stack leaves
/// out is Microsoft's (<see cref="CrossTenantServiceDefault"/>); on a partner it stays null, which inherits the default.
/// </summary>
public static class WholeCrossTenantSettings
{
    /// <summary>The blocks of a partner that inherit the default when null: null there is a value, not an absence.</summary>
    public static IReadOnlySet<string> InheritingBlocks { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "inboundTrust", "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound",
    };

    public static CrossTenantSettings ForDefault(CrossTenantSettings declared)
    {
        var defaults = CrossTenantServiceDefault.Settings;
        return ForPartner(declared) with
        {
            InboundTrust = declared.InboundTrust is { } trust ? Switches(trust) : defaults.InboundTrust,
            B2bCollaborationInbound = declared.B2bCollaborationInbound ?? defaults.B2bCollaborationInbound,
            B2bCollaborationOutbound = declared.B2bCollaborationOutbound ?? defaults.B2bCollaborationOutbound,
            B2bDirectConnectInbound = declared.B2bDirectConnectInbound ?? defaults.B2bDirectConnectInbound,
            B2bDirectConnectOutbound = declared.B2bDirectConnectOutbound ?? defaults.B2bDirectConnectOutbound,
            AutomaticUserConsentSettings = declared.AutomaticUserConsentSettings is { } consent ? Switches(consent) : defaults.AutomaticUserConsentSettings,
        };
    }

    public static CrossTenantSettings ForPartner(CrossTenantSettings declared) => declared with
    {
        InboundTrust = declared.InboundTrust is { } trust ? Switches(trust) : null,
        AutomaticUserConsentSettings = declared.AutomaticUserConsentSettings is { } consent ? Switches(consent) : null,
    };

    private static InboundTrust Switches(InboundTrust trust) => new()
    {
        IsMfaAccepted = trust.IsMfaAccepted ?? false,
        IsCompliantDeviceAccepted = trust.IsCompliantDeviceAccepted ?? false,
        IsHybridAzureADJoinedDeviceAccepted = trust.IsHybridAzureADJoinedDeviceAccepted ?? false,
    };

    private static AutomaticUserConsentSettings Switches(AutomaticUserConsentSettings consent) => new()
    {
        InboundAllowed = consent.InboundAllowed ?? false,
        OutboundAllowed = consent.OutboundAllowed ?? false,
    };
}
