using System.Text.Json.Nodes;
using Reconciler.Core.Planning;
using Reconciler.Core.Tenant;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Infra.Stack;

namespace Reconciler.Infra.Tests;

/// <summary>
/// A hand change in the portal that weakens guest access must show in <c>pulumi preview</c> after a refresh (the
/// provider's Read, then Diff) wherever <c>reconciler drift</c> shows it: the same tenant, the same declared stack.
/// </summary>
public sealed class WeakeningParityTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private const string PartnerId = "b2b2b2b2-0000-4000-8000-000000000001";

    private static readonly JsonObject DeclaredPartner = JsonNode.Parse($$"""
        { "tenantId": "{{PartnerId}}",
          "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false },
          "b2bCollaborationInbound": {
            "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] },
            "applications": { "accessType": "blocked", "targets": [{ "target": "AllApplications", "targetType": "application" }] } },
          "b2bDirectConnectInbound": {
            "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] },
            "applications": { "accessType": "blocked", "targets": [{ "target": "AllApplications", "targetType": "application" }] } } }
        """)!.AsObject();

    private static readonly JsonObject DeclaredDefault = JsonNode.Parse("""
        { "inboundTrust": { "isMfaAccepted": false, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false },
          "b2bDirectConnectInbound": {
            "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] },
            "applications": { "accessType": "blocked", "targets": [{ "target": "AllApplications", "targetType": "application" }] } } }
        """)!.AsObject();

    private readonly ProviderCalls _calls = fixture.Calls;

    /// <summary>Each row: the object changed by hand, Graph's PATCH body, and whether the stack declares what it changes.</summary>
    public static TheoryData<string, string, bool> HandChanges => new()
    {
        { "partner", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false } }""", true },
        { "partner", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": true } }""", true },
        { "partner", """{ "b2bCollaborationInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""", true },
        { "partner", """{ "b2bCollaborationInbound": { "applications": { "accessType": "allowed", "targets": [{ "target": "AllApplications", "targetType": "application" }] } } }""", true },
        { "partner", """{ "b2bDirectConnectInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""", true },
        { "partner", """{ "b2bCollaborationOutbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""", false },
        { "default", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false } }""", true },
        { "default", """{ "inboundTrust": { "isMfaAccepted": false, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false } }""", true },
        { "default", """{ "b2bDirectConnectInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""", true },
        { "default", """{ "b2bCollaborationInbound": { "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""", false },
    };

    [Theory]
    [MemberData(nameof(HandChanges))]
    public async Task EveryBlockDriftReportsIsABlockTheProviderDiffReports(string changed, string patch, bool declared)
    {
        var partner = await _calls.CreateAsync(ProviderCalls.PartnerUrn(PartnerId), DeclaredPartner);
        var @default = await _calls.CreateAsync(ProviderCalls.DefaultUrn, DeclaredDefault);
        try
        {
            if (changed == "partner")
            {
                await fixture.Reader.ChangePartnerAsync(PartnerId, patch);
            }
            else
            {
                await fixture.Reader.ChangeDefaultAsync(patch);
            }

            var (urn, id, state, inputs, resourceType) = changed == "partner"
                ? (ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"), DeclaredPartner, ResourceType.CrossTenantAccessPartner)
                : (ProviderCalls.DefaultUrn, "default", @default.Struct("properties"), DeclaredDefault, ResourceType.CrossTenantAccessDefault);
            var driftBlocks = (await DriftAsync())
                .Where(o => o.ResourceType == resourceType)
                .SelectMany(o => o.Properties)
                .Select(p => p.Path.Split('.')[0])
                .Distinct()
                .ToList();
            var refreshed = await _calls.ReadAsync(urn, id, state, inputs);
            var diff = await _calls.DiffAsync(urn, id, refreshed.Struct("properties"), inputs);

            if (declared)
            {
                Assert.NotEmpty(driftBlocks);
                Assert.Equal("DiffSome", diff.Enum("changes"));
            }

            // An undeclared block is compared by drift only where the stack manages it; wherever drift reports one,
            // the provider must too.
            Assert.All(driftBlocks, block => Assert.Contains(block, diff.Texts("diffs")));
        }
        finally
        {
            await _calls.DeleteAsync(ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"));
            await _calls.DeleteAsync(ProviderCalls.DefaultUrn, "default", @default.Struct("properties"));
        }
    }

    [Fact]
    public async Task APartnerDeletedByHandIsMissingForDriftAndGoneForRefresh()
    {
        var partner = await _calls.CreateAsync(ProviderCalls.PartnerUrn(PartnerId), DeclaredPartner);
        await _calls.DeleteAsync(ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"));

        var drift = Assert.Single(await DriftAsync(), o => o.ResourceType == ResourceType.CrossTenantAccessPartner);
        Assert.Equal(DriftStatus.Missing, drift.Status);
        Assert.Equal(string.Empty, (await _calls.ReadAsync(ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"), DeclaredPartner)).Text("id"));
    }

    /// <summary><c>reconciler drift</c>'s answer for the declared partner and default, read through the same Graph port.</summary>
    private async Task<IReadOnlyList<ObjectDrift>> DriftAsync()
    {
        var config = new JsonObject
        {
            ["azuread:tenantId"] = SampleStackConfig.TenantId,
            ["b2b:crossTenantAccess"] = new JsonObject { ["default"] = DeclaredDefault.DeepClone(), ["partners"] = new JsonArray(DeclaredPartner.DeepClone()) },
        };
        var (desired, diagnostics) = DesiredStateSource.Load(new StackConfigJson("b2b", "dev", config.ToJsonString()));
        Assert.NotNull(desired);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var (tenant, failure) = await GraphTenant.ConnectAsync(
            new GraphConnectionOptions { TenantId = SampleStackConfig.TenantId, GraphUrl = fixture.Tenant.BaseUrl.ToString(), DevelopmentToken = fixture.GraphToken },
            CancellationToken.None);
        Assert.Null(failure);
        var live = await tenant!.ReadAsync(SnapshotRequestFor.Stack(desired), CancellationToken.None);
        return DriftChecker.Check(desired, live).Drift.Objects;
    }
}
