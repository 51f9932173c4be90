using System.Text.Json.Nodes;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The plugin as <c>pulumi up</c>, <c>refresh</c> and <c>destroy</c> drive it: each lifecycle call over gRPC, and the
/// local tenant read back over Graph after each one.
/// </summary>
public sealed class ProviderProtocolTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private readonly ProviderCalls _calls = fixture.Calls;
    private readonly TenantReader _tenant = fixture.Reader;

    [Fact]
    public async Task GetSchemaDescribesTheProviderAndBothResources()
    {
        var response = await _calls.GetSchemaAsync();

        var schema = JsonNode.Parse(response.Text("schema"))!.AsObject();
        Assert.Equal("xtap", (string?)schema["name"]);
        Assert.Equal(["tenantId"], schema["provider"]!["requiredInputs"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(
            [XtapTokens.DefaultSettings, XtapTokens.PartnerSettings],
            schema["resources"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["automaticUserConsentSettings", "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound",
             "b2bDirectConnectOutbound", "inboundTrust", "isServiceProvider", "tenantId"],
            schema["resources"]![XtapTokens.PartnerSettings]!["inputProperties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConfigureAcceptsTheProgramsProviderInputsAndPreview()
    {
        var response = await _calls.ConfigureAsync(SampleStackConfig.TenantId, fixture.Tenant.BaseUrl.ToString());

        Assert.True(response.Flag("acceptSecrets"));
        Assert.True(response.Flag("supportsPreview"));
    }

    [Fact]
    public async Task CheckRefusesAMalformedPartnerTenantIdWithCoresCode()
    {
        var response = await _calls.CheckAsync(ProviderCalls.PartnerUrn("fabrikam"), Partner("fabrikam.example", mfa: true));

        var failure = Assert.Single(response.Messages("failures"));
        Assert.Equal("tenantId", failure.Text("property"));
        Assert.Contains("B2B1906", failure.Text("reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerIsCreatedReadUpdatedAndDeletedInTheTenant()
    {
        const string tenantId = "a1a1a1a1-0000-4000-8000-000000000001";
        var urn = ProviderCalls.PartnerUrn(tenantId);

        await _calls.CreateAsync(urn, Partner(tenantId, mfa: true), preview: true);
        Assert.Null(await _tenant.PartnerAsync(tenantId));

        var created = await _calls.CreateAsync(urn, Partner(tenantId, mfa: true));
        Assert.Equal(tenantId, created.Text("id"));
        Assert.Equal(true, (bool?)(await _tenant.PartnerAsync(tenantId))!["inboundTrust"]!["isMfaAccepted"]);

        var read = await _calls.ReadAsync(urn, tenantId, created.Struct("properties"), Partner(tenantId, mfa: true));
        Assert.Equal(tenantId, read.Text("id"));
        Assert.Equal(true, (bool?)Structs.ToJson(read.Struct("properties"))["inboundTrust"]!["isMfaAccepted"]);

        var changed = Partner(tenantId, mfa: true, compliantDevice: true);
        var diff = await _calls.DiffAsync(urn, tenantId, read.Struct("properties"), changed);
        Assert.Equal("DiffSome", diff.Enum("changes"));
        Assert.Equal(["inboundTrust"], diff.Texts("diffs"));

        var updated = await _calls.UpdateAsync(urn, tenantId, read.Struct("properties"), changed);
        var live = (await _tenant.PartnerAsync(tenantId))!;
        Assert.Equal(true, (bool?)live["inboundTrust"]!["isMfaAccepted"]);
        Assert.Equal(true, (bool?)live["inboundTrust"]!["isCompliantDeviceAccepted"]);
        Assert.Equal("DiffNone", (await _calls.DiffAsync(urn, tenantId, updated.Struct("properties"), changed)).Enum("changes"));

        await _calls.DeleteAsync(urn, tenantId, updated.Struct("properties"));
        Assert.Null(await _tenant.PartnerAsync(tenantId));
        Assert.Equal(string.Empty, (await _calls.ReadAsync(urn, tenantId, updated.Struct("properties"), changed)).Text("id"));
    }

    [Fact]
    public async Task DefaultIsWrittenReadUpdatedAndResetToTheServiceDefault()
    {
        var serviceDefault = await _tenant.DefaultAsync();
        var urn = ProviderCalls.DefaultUrn;

        var created = await _calls.CreateAsync(urn, Default(mfa: true));
        Assert.Equal(XtapTokens.DefaultId, created.Text("id"));
        Assert.Equal(true, (bool?)(await _tenant.DefaultAsync())["inboundTrust"]!["isMfaAccepted"]);

        var read = await _calls.ReadAsync(urn, created.Text("id"), created.Struct("properties"), Default(mfa: true));
        Assert.Equal(true, (bool?)Structs.ToJson(read.Struct("properties"))["inboundTrust"]!["isMfaAccepted"]);

        var updated = await _calls.UpdateAsync(urn, created.Text("id"), read.Struct("properties"), Default(mfa: false, compliantDevice: true));
        var live = await _tenant.DefaultAsync();
        Assert.Equal(false, (bool?)live["inboundTrust"]!["isMfaAccepted"]);
        Assert.Equal(true, (bool?)live["inboundTrust"]!["isCompliantDeviceAccepted"]);

        await _calls.DeleteAsync(urn, created.Text("id"), updated.Struct("properties"));
        Assert.True(JsonNode.DeepEquals(serviceDefault, await _tenant.DefaultAsync()), "deleting the default resets it to the service default");
    }

    [Fact]
    public async Task CreatingTheDefaultWithTheValuesItHoldsWritesNothing()
    {
        var serviceDefault = await _tenant.DefaultAsync();

        var created = await _calls.CreateAsync(ProviderCalls.DefaultUrn, Default(mfa: (bool)serviceDefault["inboundTrust"]!["isMfaAccepted"]!));

        Assert.Equal(XtapTokens.DefaultId, created.Text("id"));
        Assert.Equal(true, (bool?)(await _tenant.DefaultAsync())["isServiceDefault"]);
    }

    [Fact]
    public async Task DiffOverTheWireIgnoresReorderedTargets()
    {
        const string tenantId = "a1a1a1a1-0000-4000-8000-000000000002";
        var urn = ProviderCalls.PartnerUrn(tenantId);
        var created = await _calls.CreateAsync(urn, PartnerWithTargets(tenantId, "AllUsers", "c0ffee00-0000-4000-8000-000000000001"));

        var diff = await _calls.DiffAsync(urn, tenantId, created.Struct("properties"), PartnerWithTargets(tenantId, "c0ffee00-0000-4000-8000-000000000001", "AllUsers"));

        Assert.Equal("DiffNone", diff.Enum("changes"));
        Assert.Empty(diff.Texts("diffs"));
        await _calls.DeleteAsync(urn, tenantId, created.Struct("properties"));
    }

    internal static JsonObject Partner(string tenantId, bool mfa, bool compliantDevice = false) => new()
    {
        ["tenantId"] = tenantId,
        ["inboundTrust"] = Trust(mfa, compliantDevice),
    };

    internal static JsonObject Default(bool mfa, bool compliantDevice = false) => new() { ["inboundTrust"] = Trust(mfa, compliantDevice) };

    private static JsonObject Trust(bool mfa, bool compliantDevice) =>
        compliantDevice
            ? new JsonObject { ["isMfaAccepted"] = mfa, ["isCompliantDeviceAccepted"] = true }
            : new JsonObject { ["isMfaAccepted"] = mfa };

    private static JsonObject PartnerWithTargets(string tenantId, string first, string second) => new()
    {
        ["tenantId"] = tenantId,
        ["b2bCollaborationInbound"] = new JsonObject
        {
            ["usersAndGroups"] = new JsonObject
            {
                ["accessType"] = "allowed",
                ["targets"] = new JsonArray(Target(first), Target(second)),
            },
        },
    };

    private static JsonObject Target(string id) => new() { ["target"] = id, ["targetType"] = id == "AllUsers" ? "user" : "group" };
}
