using System.Text.Json.Nodes;
using Reconciler.Loading.Tree;

namespace Reconciler.Infra.Tests;

/// <summary>The sample stack (the tutorial) as the engine hands it to the program in <c>PULUMI_CONFIG</c>.</summary>
internal static class SampleStackConfig
{
    public const string TenantId = "0f4e0000-0000-4000-8000-000000000001";
    public const string PartnerTenantId = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    public const string PortalAppId = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    /// <summary>The tutorial as Pulumi.dev.yaml declares it: no engine, unless a test names one.</summary>
    public static JsonObject Tutorial(string? engine = null) => WithEngine(new()
    {
        ["azuread:tenantId"] = TenantId,
        ["b2b:breakGlassAccounts"] = new JsonArray("breakglass@contoso.example"),
        ["b2b:guests"] = JsonNode.Parse("""
            [{ "email": "alex@fabrikam.example", "displayName": "Alex Wilber (Fabrikam)",
               "redirectUrl": "https://myapps.microsoft.com", "sendInvitationMessage": true }]
            """),
        ["b2b:conditionalAccessPolicies"] = JsonNode.Parse($$"""
            [{ "displayName": "Require MFA for B2B portal access", "state": "enabled",
               "conditions": {
                 "clientAppTypes": ["all"],
                 "applications": { "includeApplications": ["{{PortalAppId}}"] },
                 "users": {
                   "includeGuestsOrExternalUsers": {
                     "guestOrExternalUserTypes": ["internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember",
                                                  "b2bDirectConnectUser", "otherExternalUser", "serviceProvider"],
                     "externalTenants": { "membershipKind": "all" } },
                   "excludeUsers": ["breakglass@contoso.example"] } },
               "grantControls": { "operator": "OR", "builtInControls": ["mfa"] } }]
            """),
        ["b2b:crossTenantAccess"] = JsonNode.Parse($$"""
            { "default": { "inboundTrust": { "isMfaAccepted": false } },
              "partners": [{ "tenantId": "{{PartnerTenantId}}", "inboundTrust": { "isMfaAccepted": true } }] }
            """),
    }, engine);

    /// <summary>
    /// A stack file's <c>config:</c> map as the engine hands it to the program: each key's value as JSON, read through
    /// Core's own YAML reader so booleans and numbers keep their kind.
    /// </summary>
    public static JsonObject FromStackFile(string yaml)
    {
        var (root, diagnostics) = ConfigTree.FromYaml(yaml, "Pulumi.dev.yaml");
        Assert.Empty(diagnostics);
        var config = (ConfigObject)((ConfigObject)root!)["config"]!;
        var json = new JsonObject();
        foreach (var property in config.Properties)
        {
            json[property.Key] = Json(property.Value);
        }

        return json;
    }

    /// <summary>Deployment reads its config when it is constructed, so this must run before each TestAsync.</summary>
    public static void Use(JsonObject config) => Environment.SetEnvironmentVariable("PULUMI_CONFIG", config.ToJsonString());

    private static JsonNode? Json(ConfigNode node) => node switch
    {
        ConfigObject map => new JsonObject(map.Properties.Select(p => KeyValuePair.Create(p.Key, Json(p.Value)))),
        ConfigArray list => new JsonArray([.. list.Items.Select(Json)]),
        ConfigScalar { Kind: ScalarKind.Boolean } flag => JsonValue.Create(bool.Parse(flag.Text)),
        ConfigScalar { Kind: ScalarKind.Number } number => JsonNode.Parse(number.Text),
        ConfigScalar { Kind: ScalarKind.Null } => null,
        ConfigScalar text => JsonValue.Create(text.Text),
        _ => throw new NotSupportedException($"{node.KindName} in a sample stack"),
    };

    private static JsonObject WithEngine(JsonObject config, string? engine)
    {
        if (engine is not null)
        {
            config["b2b:engine"] = engine;
        }

        return config;
    }
}
