using System.Text.Json.Nodes;
using static Reconciler.Emulator.Model.Shapes;

namespace Reconciler.Emulator.Model;

/// <summary>Cross-tenant access settings: default, partners and the root object.</summary>
internal static class CrossTenantShape
{
    private static readonly ObjectOf Target = new("crossTenantAccessPolicyTarget",
        ("target", Text), ("targetType", new EnumOf("user", "group", "application", "unknownFutureValue")));

    private static readonly ObjectOf TargetConfiguration = new("crossTenantAccessPolicyTargetConfiguration",
        ("accessType", new EnumOf("allowed", "blocked", "unknownFutureValue")), ("targets", new ListOf(Target)));

    private static readonly ObjectOf B2BSetting = new("crossTenantAccessPolicyB2BSetting",
        ("usersAndGroups", TargetConfiguration), ("applications", TargetConfiguration));

    private static readonly ObjectOf TenantRestrictions = new("crossTenantAccessPolicyTenantRestrictions",
        ("devices", new AnyObject()), ("usersAndGroups", TargetConfiguration), ("applications", TargetConfiguration));

    private static readonly ObjectOf InboundTrust = new("crossTenantAccessPolicyInboundTrust",
        ("isMfaAccepted", Bool), ("isCompliantDeviceAccepted", Bool), ("isHybridAzureADJoinedDeviceAccepted", Bool));

    private static readonly ObjectOf Consent = new("inboundOutboundPolicyConfiguration",
        ("inboundAllowed", Bool), ("outboundAllowed", Bool));

    private static readonly ObjectOf Redemption = new("defaultInvitationRedemptionIdentityProviderConfiguration",
        ("primaryIdentityProviderPrecedenceOrder", new ListOf(new EnumOf("azureActiveDirectory", "externalFederation",
            "socialIdentityProviders", "emailOneTimePasscode", "microsoftAccount", "defaultConfiguredIdp", "unknownFutureValue"))),
        ("fallbackIdentityProvider", new EnumOf("defaultConfiguredIdp", "emailOneTimePasscode", "microsoftAccount", "unknownFutureValue")));

    // Newer settings the 6.x models know; tolerated, echoed only once somebody sets them.
    private static readonly (string, Shape)[] Newer =
    [
        ("appServiceConnectInbound", new AnyObject { OmitWhenUnset = true }),
        ("m365CollaborationInbound", new AnyObject { OmitWhenUnset = true }),
        ("m365CollaborationOutbound", new AnyObject { OmitWhenUnset = true }),
        ("m365Capabilities", new AnyObject { OmitWhenUnset = true }),
    ];

    private static readonly (string, Shape)[] Blocks =
    [
        ("inboundTrust", InboundTrust),
        ("automaticUserConsentSettings", Consent),
        ("b2bCollaborationInbound", B2BSetting),
        ("b2bCollaborationOutbound", B2BSetting),
        ("b2bDirectConnectInbound", B2BSetting),
        ("b2bDirectConnectOutbound", B2BSetting),
        ("tenantRestrictions", TenantRestrictions),
    ];

    public static readonly ObjectOf Default = new("crossTenantAccessPolicyConfigurationDefault",
        [("id", new Scalar(System.Text.Json.JsonValueKind.String) { ReadOnly = true }),
         ("isServiceDefault", new Scalar(System.Text.Json.JsonValueKind.True) { ReadOnly = true }),
         .. Blocks, ("invitationRedemptionIdentityProviderConfiguration", Redemption), .. Newer]);

    public static readonly ObjectOf Partner = new("crossTenantAccessPolicyConfigurationPartner",
        [("tenantId", Text), ("isServiceProvider", Bool),
         ("isInMultiTenantOrganization", Bool),
         .. Blocks, ("serviceProviderConstraints", new AnyObject { OmitWhenUnset = true }), .. Newer]);

    public static readonly ObjectOf RootPolicy = new("crossTenantAccessPolicy",
        ("displayName", Text), ("description", Text), ("allowedCloudEndpoints", Strings));

    public static JsonObject Root() => new()
    {
        ["displayName"] = "CrossTenantAccessPolicy",
        ["allowedCloudEndpoints"] = new JsonArray(),
    };

    /// <summary>What Microsoft ships (graph-facts 4.4): B2B collaboration open, direct connect and tenant restrictions closed.</summary>
    public static JsonObject ServiceDefault()
    {
        static JsonObject Setting(string access) => new()
        {
            ["usersAndGroups"] = new JsonObject { ["accessType"] = access, ["targets"] = new JsonArray(Target("AllUsers", "user")) },
            ["applications"] = new JsonObject { ["accessType"] = access, ["targets"] = new JsonArray(Target("AllApplications", "application")) },
        };
        static JsonObject Target(string target, string type) => new() { ["target"] = target, ["targetType"] = type };
        var restrictions = Setting("blocked");
        restrictions.Insert(0, "devices", null);
        return new JsonObject
        {
            ["isServiceDefault"] = true,
            ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = false, ["isCompliantDeviceAccepted"] = false, ["isHybridAzureADJoinedDeviceAccepted"] = false },
            ["automaticUserConsentSettings"] = new JsonObject { ["inboundAllowed"] = false, ["outboundAllowed"] = false },
            ["b2bCollaborationInbound"] = Setting("allowed"),
            ["b2bCollaborationOutbound"] = Setting("allowed"),
            ["b2bDirectConnectInbound"] = Setting("blocked"),
            ["b2bDirectConnectOutbound"] = Setting("blocked"),
            ["tenantRestrictions"] = restrictions,
            ["invitationRedemptionIdentityProviderConfiguration"] = new JsonObject
            {
                ["primaryIdentityProviderPrecedenceOrder"] = new JsonArray("azureActiveDirectory", "externalFederation", "socialIdentityProviders"),
                ["fallbackIdentityProvider"] = "defaultConfiguredIdp",
            },
        };
    }

    /// <summary>
    /// On the default, automatic user consent is always false and read-only (v1.0 docs of
    /// crossTenantAccessPolicyConfigurationDefault); a write that turns it on is refused, over PATCH and in a seed.
    /// </summary>
    public static string? DefaultConsentProblem(JsonObject? body) =>
        body?["automaticUserConsentSettings"] is JsonObject consent
            && (consent["inboundAllowed"]?.GetValue<bool>() == true || consent["outboundAllowed"]?.GetValue<bool>() == true)
            ? "automaticUserConsentSettings is read-only on the default configuration."
            : null;

    /// <summary>Top-level properties present in the patch replace the stored ones.</summary>
    public static JsonObject Merge(JsonObject stored, JsonObject patch)
    {
        var merged = (JsonObject)stored.DeepClone();
        foreach (var (name, value) in patch)
        {
            merged[name] = value?.DeepClone();
        }
        return merged;
    }
}
