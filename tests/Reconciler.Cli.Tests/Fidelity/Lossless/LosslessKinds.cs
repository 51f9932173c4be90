using System.Text.Json.Nodes;
using Reconciler.Testing.Properties;

namespace Reconciler.Cli.Tests.Fidelity.Lossless;

/// <summary>The bases and contexts the round trip builds its objects from, per kind.</summary>
internal static class LosslessKinds
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    public static LosslessKind Policies { get; } = new("conditionalAccessPolicy",
        i => Json($$$"""
            {"displayName":"Lossless policy {{{i}}}","state":"disabled",
             "conditions":{"clientAppTypes":["all"],"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},
             "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
            """),
        "displayName",
        PolicyContexts());

    public static LosslessKind Partners { get; } = new("crossTenantAccessPolicyConfigurationPartner",
        i => new JsonObject { ["tenantId"] = $"5b6a7c8d-0000-4000-8000-{i:x12}" },
        "tenantId",
        PartnerContexts())
    {
        Adjust = ApplicationTargets,
    };

    /// <summary>
    /// The default is one object holding every leaf, so it takes no contexts (each block is whole once all its leaves are
    /// set); it starts at Microsoft's values, so a sample equal to one of them is moved off it.
    /// </summary>
    public static LosslessKind Default { get; } = new("crossTenantAccessPolicyConfigurationDefault",
        _ => new JsonObject { ["key"] = "default" },
        "key",
        new Dictionary<string, JsonObject>())
    {
        Adjust = (path, sample) => path.EndsWith(".accessType", StringComparison.Ordinal) && !path.StartsWith("b2bCollaboration", StringComparison.Ordinal)
            ? JsonValue.Create("allowed")
            : ApplicationTargets(path, sample),
    };

    public static LosslessKind Guests { get; } = new("user",
        i => Json($$"""
            {"displayName":"Lossless guest {{i}}","mail":"lossless-{{i}}@fabrikam.example","userPrincipalName":"lossless-{{i}}_fabrikam.example#EXT#@contoso.onmicrosoft.com",
             "userType":"Guest","creationType":"Invitation","externalUserState":"Accepted","accountEnabled":true}
            """),
        "mail",
        new Dictionary<string, JsonObject>());

    public static IReadOnlyList<LosslessKind> All { get; } = [Policies, Default, Partners, Guests];

    private const string OtherRule = "\"device.trustType -eq \\\"AzureAD\\\"\"";

    private static Dictionary<string, JsonObject> PolicyContexts()
    {
        var contexts = new Dictionary<string, JsonObject>
        {
            ["includeGuestsOrExternalUsers.externalTenants"] = Json("""{"guestOrExternalUserTypes":"b2bCollaborationGuest"}"""),
            ["excludeGuestsOrExternalUsers.externalTenants"] = Json("""{"guestOrExternalUserTypes":"b2bCollaborationGuest"}"""),
            ["externalTenants.membershipKind"] = Json($$"""{"members":["{{Samples.TenantId}}"]}"""),
            ["externalTenants.members"] = Json("""{"membershipKind":"enumerated"}"""),
            ["platforms.excludePlatforms"] = Json("""{"includePlatforms":["all"]}"""),
            ["locations.excludeLocations"] = Json("""{"includeLocations":["All"]}"""),
            // A strength stands in for mfa: Graph refuses the two in one grant.
            ["grantControls.authenticationStrength"] = Json("""{"builtInControls":[]}"""),
            ["cloudAppSecurity.isEnabled"] = Json("""{"cloudAppSecurityType":"mcasConfigured"}"""),
            ["cloudAppSecurity.cloudAppSecurityType"] = Json("""{"isEnabled":true}"""),
            ["persistentBrowser.isEnabled"] = Json("""{"mode":"always"}"""),
            ["persistentBrowser.mode"] = Json("""{"isEnabled":true}"""),
        };
        foreach (var filter in new[] { "applicationFilter", "servicePrincipalFilter", "deviceFilter" })
        {
            contexts[$"{filter}.mode"] = Json($$"""{"rule":{{OtherRule}}}""");
            contexts[$"{filter}.rule"] = Json("""{"mode":"include"}""");
        }

        foreach (var (leaf, others) in new[] { ("isEnabled", """{"type":"hours","value":4}"""), ("type", """{"isEnabled":true,"value":4}"""),
            ("value", """{"isEnabled":true,"type":"hours"}"""), ("authenticationType", """{"isEnabled":true,"type":"hours","value":4}"""),
            ("frequencyInterval", """{"isEnabled":true,"type":"hours","value":4}""") })
        {
            contexts[$"signInFrequency.{leaf}"] = Json(others);
        }

        return contexts;
    }

    private static Dictionary<string, JsonObject> PartnerContexts() => new()
    {
        ["usersAndGroups.accessType"] = Json("""{"targets":[{"target":"AllUsers","targetType":"user"}]}"""),
        ["usersAndGroups.targets"] = Json("""{"accessType":"allowed"}"""),
        ["applications.accessType"] = Json("""{"targets":[{"target":"AllApplications","targetType":"application"}]}"""),
        ["applications.targets"] = Json("""{"accessType":"allowed"}"""),
        ["devices.mode"] = Json($$"""{"rule":{{OtherRule}}}"""),
        ["devices.rule"] = Json("""{"mode":"allowed"}"""),
    };

    private static JsonNode ApplicationTargets(string path, JsonNode sample) =>
        path.EndsWith("applications.targets", StringComparison.Ordinal)
            ? JsonNode.Parse($$"""[{"target":"{{Samples.AppId}}","targetType":"application"}]""")!
            : sample;
}
