namespace Reconciler.PulumiMapping.CrossTenant;

/// <summary>The camelCase keys of the cross-tenant provider's inputs and outputs: Graph's JSON names, so a portal export reads the same.</summary>
public static class XtapPropertyNames
{
    public const string TenantId = "tenantId";
    public const string InboundTrust = "inboundTrust";
    public const string B2bCollaborationInbound = "b2bCollaborationInbound";
    public const string B2bCollaborationOutbound = "b2bCollaborationOutbound";
    public const string B2bDirectConnectInbound = "b2bDirectConnectInbound";
    public const string B2bDirectConnectOutbound = "b2bDirectConnectOutbound";
    public const string AutomaticUserConsentSettings = "automaticUserConsentSettings";
    public const string IsServiceProvider = "isServiceProvider";

    public const string IsMfaAccepted = "isMfaAccepted";
    public const string IsCompliantDeviceAccepted = "isCompliantDeviceAccepted";
    public const string IsHybridAzureADJoinedDeviceAccepted = "isHybridAzureADJoinedDeviceAccepted";
    public const string UsersAndGroups = "usersAndGroups";
    public const string Applications = "applications";
    public const string AccessType = "accessType";
    public const string Targets = "targets";
    public const string Target = "target";
    public const string TargetType = "targetType";
    public const string InboundAllowed = "inboundAllowed";
    public const string OutboundAllowed = "outboundAllowed";

    public static IReadOnlyList<string> B2bBlocks { get; } =
        [B2bCollaborationInbound, B2bCollaborationOutbound, B2bDirectConnectInbound, B2bDirectConnectOutbound];
}
