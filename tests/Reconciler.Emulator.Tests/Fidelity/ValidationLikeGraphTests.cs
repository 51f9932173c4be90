using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests.Fidelity;

/// <summary>The local tenant takes what Graph v1.0 takes and refuses what it refuses, over the wire.</summary>
public sealed class ValidationLikeGraphTests : IAsyncLifetime
{
    private const string Valid = """
        {"displayName":"p","state":"enabled",
         "conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},
         "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
        """;

    private LocalTenant _tenant = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _http = Harness.Raw(_tenant, _tenant.CreateToken([.. LocalTenant.AllRoles]));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _tenant.DisposeAsync();
    }

    /// <summary>
    /// The answer Microsoft shows for example 4 of
    /// https://learn.microsoft.com/graph/api/conditionalaccessroot-post-policies?view=graph-rest-1.0, posted back as a
    /// client that copies a GET would: it carries includeProtectionLevels and times, which the SDK's model lacks.
    /// </summary>
    [Fact]
    public async Task MicrosoftsOwnExampleAnswerIsTakenAndItsProtectionLevelsKept()
    {
        var body = """
            {"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#conditionalAccess/policies/$entity",
             "id":"b3f1298e-8e93-49af-bdbf-94cf7d453ca3","displayName":"Require MFA to EXO from non-compliant devices.",
             "createdDateTime":"2020-04-01T00:55:12.9571747Z","modifiedDateTime":null,"state":"enabled","sessionControls":null,
             "conditions":{"userRiskLevels":[],"signInRiskLevels":[],"clientAppTypes":["all"],"platforms":null,"locations":null,"times":null,
               "applications":{"includeApplications":["00000002-0000-0ff1-ce00-000000000000"],"excludeApplications":[],"includeUserActions":[],"includeProtectionLevels":[]},
               "users":{"includeUsers":[],"excludeUsers":[],"includeGroups":["ba8e7ded-8b0f-4836-ba06-8ff1ecc5c8ba"],"excludeGroups":[],"includeRoles":[],"excludeRoles":[]}},
             "grantControls":{"operator":"OR","builtInControls":["mfa"],"customAuthenticationFactors":[],"termsOfUse":[]}}
            """;

        using var response = await PostAsync(body);

        Assert.Equal(201, (int)response.StatusCode);
        var stored = Assert.Single(_tenant.Store.ConditionalAccessPolicies());
        Assert.Equal("[]", stored["conditions"]!["applications"]!["includeProtectionLevels"]!.ToJsonString());
        Assert.False(stored["conditions"]!.AsObject().ContainsKey("times"));
    }

    [Fact]
    public async Task ProtectionLevelsAreStoredAsGiven()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["conditions"]!["applications"]!["includeProtectionLevels"] = new JsonArray("level1");

        using var response = await PostAsync(body.ToJsonString());

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("""["level1"]""", Assert.Single(_tenant.Store.ConditionalAccessPolicies())["conditions"]!["applications"]!["includeProtectionLevels"]!.ToJsonString());
    }

    [Theory]
    [InlineData("conditions", "deviceStates", """{"includeStates":["All"]}""")]
    [InlineData("conditions", "times", """{"allDay":true}""")]
    [InlineData("sessionControls", "continuousAccessEvaluation", """{"mode":"strictEnforcement"}""")]
    public async Task ABetaOnlyPropertyWithAValueIsRefusedAsV1Refuses(string block, string name, string value)
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body[block] ??= new JsonObject();
        body[block]![name] = JsonNode.Parse(value);

        var error = await RefusedAsync(body.ToJsonString());

        Assert.StartsWith("1007:", error);
        Assert.Contains($"'{name}'", error, StringComparison.Ordinal);
        Assert.Contains("beta only", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("conditions", "users", "includeGroups", "Finance team")]
    [InlineData("conditions", "users", "excludeGroups", "g1")]
    [InlineData("conditions", "users", "includeRoles", "Global Administrator")]
    [InlineData("conditions", "users", "excludeRoles", "62e90394")]
    [InlineData("grantControls", null, "termsOfUse", "Guest terms")]
    public async Task AReferenceThatIsNotAnObjectIdIsRefused(string block, string? inner, string list, string value)
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        var holder = inner is null ? body[block]!.AsObject() : body[block]![inner]!.AsObject();
        holder[list] = new JsonArray(value);

        var error = await RefusedAsync(body.ToJsonString());

        Assert.StartsWith("1010:", error);
        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObjectIdReferenceIsTaken()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["conditions"]!["users"]!["excludeGroups"] = new JsonArray("e0000000-0000-4000-8000-0000000000e1");
        body["grantControls"]!["termsOfUse"] = new JsonArray("7b2b1f0e-0000-4000-8000-000000000001");

        using var response = await PostAsync(body.ToJsonString());

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task MfaAndAnAuthenticationStrengthInOneGrantAreRefused()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["grantControls"]!["authenticationStrength"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-000000000002" };

        Assert.StartsWith("1009:", await RefusedAsync(body.ToJsonString()));
    }

    [Fact]
    public async Task AnAuthenticationStrengthAloneIsTaken()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["grantControls"] = JsonNode.Parse("""{"operator":"OR","authenticationStrength":{"id":"00000000-0000-0000-0000-000000000002"}}""");

        using var response = await PostAsync(body.ToJsonString());

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task SessionControlsThatAreAllNullWithoutAGrantAreRefused()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["grantControls"] = null;
        body["sessionControls"] = JsonNode.Parse("""{"applicationEnforcedRestrictions":null,"cloudAppSecurity":null,"signInFrequency":null,"persistentBrowser":null,"disableResilienceDefaults":null}""");

        Assert.StartsWith("1005:", await RefusedAsync(body.ToJsonString()));
    }

    [Fact]
    public async Task OneRealSessionControlWithoutAGrantIsTaken()
    {
        var body = JsonNode.Parse(Valid)!.AsObject();
        body["grantControls"] = null;
        body["sessionControls"] = JsonNode.Parse("""{"applicationEnforcedRestrictions":{"isEnabled":true},"signInFrequency":null}""");

        using var response = await PostAsync(body.ToJsonString());

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task APartnersMultiTenantOrganizationFlagIsStored()
    {
        var graph = Harness.Graph(_tenant);
        await graph.Policies.CrossTenantAccessPolicy.Partners.PostAsync(new CrossTenantAccessPolicyConfigurationPartner
        {
            TenantId = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
            IsInMultiTenantOrganization = true,
        });

        var read = await graph.Policies.CrossTenantAccessPolicy.Partners["3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"].GetAsync();

        Assert.True(read!.IsInMultiTenantOrganization);
    }

    [Fact]
    public void TheDefaultsAutomaticConsentIsReadOnlyInASeedAsOverTheApi()
    {
        var refused = Assert.Throws<ArgumentException>(() => _tenant.Store.SetCrossTenantDefault(
            JsonNode.Parse("""{"automaticUserConsentSettings":{"inboundAllowed":true,"outboundAllowed":false}}""")!.AsObject()));

        Assert.StartsWith("automaticUserConsentSettings is read-only", refused.Message, StringComparison.Ordinal);
        Assert.True(_tenant.Store.CrossTenantDefault()["isServiceDefault"]!.GetValue<bool>());
    }

    [Fact]
    public void TwoUsersWhoseNamesDifferOnlyInCaseAreRefused()
    {
        _tenant.Store.AddMember("Alex@contoso.example");

        var refused = Assert.Throws<ArgumentException>(() => _tenant.Store.AddMember("alex@CONTOSO.example"));

        Assert.StartsWith("Another object with the same value for property userPrincipalName already exists.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, _tenant.Store.UserCount);
    }

    [Fact]
    public async Task RenamingAUserToAnotherUsersNameInOtherCaseIsRefused()
    {
        _tenant.Store.AddMember("alex@contoso.example");
        var sam = _tenant.Store.AddMember("sam@contoso.example");

        using var response = await _http.PatchAsync($"users/{sam["id"]}",
            new StringContent("""{"userPrincipalName":"ALEX@contoso.example"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("Another object with the same value for property userPrincipalName already exists.", error["message"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostAsync(string body) =>
        _http.PostAsync("identity/conditionalAccess/policies", new StringContent(body, Encoding.UTF8, "application/json"));

    private async Task<string> RefusedAsync(string body)
    {
        using var response = await PostAsync(body);
        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        return error["message"]!.GetValue<string>();
    }
}
