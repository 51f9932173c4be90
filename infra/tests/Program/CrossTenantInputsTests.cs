using System.Text.Json.Nodes;
using static Reconciler.Infra.Tests.RecordingMocks;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The default and partner blocks, registered with our provider in Graph's JSON shape and managed whole, as
/// <c>reconciler</c> manages them: a partner's undeclared block is left out (it inherits the default), a switch it
/// leaves out inside a declared block is false.
/// </summary>
public sealed class CrossTenantInputsTests
{
    private const string Group = "55555555-0000-4000-8000-000000000001";

    [Fact]
    public async Task EveryBlockOfADefaultAndAPartnerIsAnInputUnderGraphsName()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:crossTenantAccess"] = JsonNode.Parse($$"""
            { "default": {
                "inboundTrust": { "isMfaAccepted": false, "isCompliantDeviceAccepted": true },
                "b2bDirectConnectInbound": { "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } },
              "partners": [{
                "tenantId": "{{SampleStackConfig.PartnerTenantId}}",
                "inboundTrust": { "isMfaAccepted": true, "isHybridAzureADJoinedDeviceAccepted": true },
                "b2bCollaborationInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] },
                                             "applications": { "accessType": "allowed", "targets": [{ "target": "AllApplications", "targetType": "application" }] } },
                "b2bCollaborationOutbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "{{Group}}", "targetType": "group" }] } },
                "b2bDirectConnectOutbound": { "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] } },
                "automaticUserConsentSettings": { "inboundAllowed": true, "outboundAllowed": false } }] }
            """);

        var mocks = await ProgramRun.RunAsync(config);

        var @default = mocks.Single(XtapTokens.DefaultSettings);
        Assert.Equal("xtap-default", @default.Name);
        // A declared default is managed whole: the blocks and switches it leaves out hold Microsoft's service default.
        Assert.Equal(
            ["automaticUserConsentSettings", "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound", "inboundTrust"],
            @default.Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(false, At(@default, "inboundTrust.isMfaAccepted"));
        Assert.Equal(true, At(@default, "inboundTrust.isCompliantDeviceAccepted"));
        Assert.Equal(false, At(@default, "inboundTrust.isHybridAzureADJoinedDeviceAccepted"));
        Assert.Equal("allowed", At(@default, "b2bCollaborationInbound.usersAndGroups.accessType"));
        Assert.Equal("blocked", At(@default, "b2bDirectConnectOutbound.applications.accessType"));
        Assert.Equal(false, At(@default, "automaticUserConsentSettings.inboundAllowed"));
        Assert.Equal("blocked", At(@default, "b2bDirectConnectInbound.usersAndGroups.accessType"));
        Assert.Equal("AllUsers", At(@default, "b2bDirectConnectInbound.usersAndGroups.targets[0].target"));

        var partner = mocks.Single(XtapTokens.PartnerSettings);
        Assert.Equal("xtap-partner-3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", partner.Name);
        Assert.Equal(
            ["automaticUserConsentSettings", "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectOutbound", "inboundTrust", "tenantId"],
            partner.Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SampleStackConfig.PartnerTenantId, partner.Inputs["tenantId"]);
        Assert.Equal(true, At(partner, "inboundTrust.isMfaAccepted"));
        Assert.Equal(true, At(partner, "inboundTrust.isHybridAzureADJoinedDeviceAccepted"));
        Assert.Equal(false, At(partner, "inboundTrust.isCompliantDeviceAccepted"));
        Assert.Equal("AllApplications", At(partner, "b2bCollaborationInbound.applications.targets[0].target"));
        Assert.Equal("group", At(partner, "b2bCollaborationOutbound.usersAndGroups.targets[0].targetType"));
        Assert.Equal(Group, At(partner, "b2bCollaborationOutbound.usersAndGroups.targets[0].target"));
        Assert.Equal("blocked", At(partner, "b2bDirectConnectOutbound.usersAndGroups.accessType"));
        Assert.Equal(true, At(partner, "automaticUserConsentSettings.inboundAllowed"));
        Assert.Equal(false, At(partner, "automaticUserConsentSettings.outboundAllowed"));
    }

    [Fact]
    public async Task OurProviderIsConfiguredFromTheStacksTenantAndGraphUrl()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:graphUrl"] = "http://127.0.0.1:5055/v1.0";

        var mocks = await ProgramRun.RunAsync(config);

        var provider = mocks.Single("pulumi:providers:xtap");
        Assert.Equal(SampleStackConfig.TenantId, provider.Inputs["tenantId"]);
        Assert.Equal("http://127.0.0.1:5055/v1.0", provider.Inputs["graphUrl"]);
        Assert.All(
            mocks.Resources.Where(r => XtapTokens.IsKnown(r.Type!)),
            r => Assert.Contains("$pulumi:providers:xtap::xtap::", r.Provider, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStackWithoutCrossTenantSettingsDeclaresNoProvider()
    {
        var config = SampleStackConfig.Tutorial();
        config.Remove("b2b:crossTenantAccess");

        var mocks = await ProgramRun.RunAsync(config);

        Assert.Equal([ProgramRun.Policy, ProgramRun.Invitation], ProgramRun.DeclaredTypes(mocks));
    }

    [Fact]
    public async Task APartnerMarkedAbsentIsNotDeclared()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:crossTenantAccess"]!["partners"]![0]!["ensure"] = "absent";

        var mocks = await ProgramRun.RunAsync(config);

        Assert.DoesNotContain(XtapTokens.PartnerSettings, ProgramRun.DeclaredTypes(mocks));
        Assert.Contains(XtapTokens.DefaultSettings, ProgramRun.DeclaredTypes(mocks));
    }
}
