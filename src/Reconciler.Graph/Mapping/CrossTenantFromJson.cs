using System.Text.Json;
using Microsoft.Graph.Models;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Mapping;

/// <summary>The cross-tenant default and partners as Graph sends them to Core records, read straight from the JSON (see <see cref="SdkJson"/>).</summary>
internal static class CrossTenantFromJson
{
    public static LiveCrossTenantDefault Default(JsonElement configuration) => new()
    {
        IsServiceDefault = SdkJson.Bool(configuration, "isServiceDefault") ?? false,
        Settings = Settings(configuration, isServiceProvider: null),
    };

    public static LivePartner Partner(JsonElement partner) => new()
    {
        TenantId = SdkJson.String(partner, "tenantId") ?? "",
        Settings = Settings(partner, SdkJson.Bool(partner, "isServiceProvider")),
    };

    private static CrossTenantSettings Settings(JsonElement configuration, bool? isServiceProvider) => new()
    {
        InboundTrust = SdkJson.Object(configuration, "inboundTrust", t => new InboundTrust
        {
            IsMfaAccepted = SdkJson.Bool(t, "isMfaAccepted"),
            IsCompliantDeviceAccepted = SdkJson.Bool(t, "isCompliantDeviceAccepted"),
            IsHybridAzureADJoinedDeviceAccepted = SdkJson.Bool(t, "isHybridAzureADJoinedDeviceAccepted"),
        }),
        B2bCollaborationInbound = SdkJson.Object(configuration, "b2bCollaborationInbound", B2B),
        B2bCollaborationOutbound = SdkJson.Object(configuration, "b2bCollaborationOutbound", B2B),
        B2bDirectConnectInbound = SdkJson.Object(configuration, "b2bDirectConnectInbound", B2B),
        B2bDirectConnectOutbound = SdkJson.Object(configuration, "b2bDirectConnectOutbound", B2B),
        AutomaticUserConsentSettings = SdkJson.Object(configuration, "automaticUserConsentSettings", c => new AutomaticUserConsentSettings
        {
            InboundAllowed = SdkJson.Bool(c, "inboundAllowed"),
            OutboundAllowed = SdkJson.Bool(c, "outboundAllowed"),
        }),
        IsServiceProvider = isServiceProvider,
    };

    private static B2BSetting B2B(JsonElement setting) => new()
    {
        UsersAndGroups = SdkJson.Object(setting, "usersAndGroups", Targets),
        Applications = SdkJson.Object(setting, "applications", Targets),
    };

    private static TargetConfiguration Targets(JsonElement configuration) => new()
    {
        AccessType = SdkJson.Enum<CrossTenantAccessPolicyTargetConfigurationAccessType>(configuration, "accessType"),
        Targets = SdkJson.Objects(configuration, "targets", t => new AccessTarget(
            SdkJson.String(t, "target") ?? "",
            SdkJson.Enum<CrossTenantAccessPolicyTargetType>(t, "targetType") ?? "")),
    };
}
