using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Infra.Stack;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;
using Reconciler.PulumiMapping;

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

    /// <summary>
    /// Each row: the object changed by hand and Graph's PATCH body. Some change a block or switch the stack leaves
    /// out; a declared object is managed whole, so those weaken it just the same.
    /// </summary>
    public static TheoryData<string, string> HandChanges => new()
    {
        { "partner", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false } }""" },
        { "partner", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": true } }""" },
        { "partner", """{ "b2bCollaborationInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""" },
        { "partner", """{ "b2bCollaborationInbound": { "applications": { "accessType": "allowed", "targets": [{ "target": "AllApplications", "targetType": "application" }] } } }""" },
        { "partner", """{ "b2bDirectConnectInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""" },
        { "partner", """{ "b2bCollaborationOutbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""" },
        { "default", """{ "inboundTrust": { "isMfaAccepted": true, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false } }""" },
        { "default", """{ "inboundTrust": { "isMfaAccepted": false, "isCompliantDeviceAccepted": true, "isHybridAzureADJoinedDeviceAccepted": false } }""" },
        { "default", """{ "b2bDirectConnectInbound": { "usersAndGroups": { "accessType": "allowed", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""" },
        { "default", """{ "b2bCollaborationInbound": { "usersAndGroups": { "accessType": "blocked", "targets": [{ "target": "AllUsers", "targetType": "user" }] } } }""" },
    };

    [Theory]
    [MemberData(nameof(HandChanges))]
    public async Task EveryBlockDriftReportsIsABlockTheProviderDiffReports(string changed, string patch)
    {
        var (partnerInputs, defaultInputs) = ProgramInputs();
        var partner = await _calls.CreateAsync(ProviderCalls.PartnerUrn(PartnerId), partnerInputs);
        var @default = await _calls.CreateAsync(ProviderCalls.DefaultUrn, defaultInputs);
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
                ? (ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"), partnerInputs, ResourceType.CrossTenantAccessPartner)
                : (ProviderCalls.DefaultUrn, "default", @default.Struct("properties"), defaultInputs, ResourceType.CrossTenantAccessDefault);
            var driftBlocks = (await DriftAsync())
                .Where(o => o.ResourceType == resourceType)
                .SelectMany(o => o.Properties)
                .Select(p => p.Path.Split('.')[0])
                .Distinct()
                .ToList();
            var refreshed = await _calls.ReadAsync(urn, id, state, inputs);
            var diff = await _calls.DiffAsync(urn, id, refreshed.Struct("properties"), inputs);

            Assert.NotEmpty(driftBlocks);
            Assert.Equal("DiffSome", diff.Enum("changes"));
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
        var (partnerInputs, _) = ProgramInputs();
        var partner = await _calls.CreateAsync(ProviderCalls.PartnerUrn(PartnerId), partnerInputs);
        await _calls.DeleteAsync(ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"));

        var drift = Assert.Single(await DriftAsync(), o => o.ResourceType == ResourceType.CrossTenantAccessPartner);
        Assert.Equal(DriftStatus.Missing, drift.Status);
        Assert.Equal(string.Empty, (await _calls.ReadAsync(ProviderCalls.PartnerUrn(PartnerId), PartnerId, partner.Struct("properties"), partnerInputs)).Text("id"));
    }

    /// <summary>The inputs the program registers for the declared partner and default: Core's mapping of the stack.</summary>
    private static (JsonObject Partner, JsonObject Default) ProgramInputs()
    {
        var model = PulumiStackMapper.Map(Desired());
        return (Json(model.Partners.Single().Inputs), Json(model.CrossTenantDefault!.Inputs));

        static JsonObject Json(IReadOnlyDictionary<string, object?> bag) => JsonSerializer.SerializeToNode(bag)!.AsObject();
    }

    private static DesiredState Desired()
    {
        var config = new JsonObject
        {
            ["azuread:tenantId"] = SampleStackConfig.TenantId,
            ["b2b:crossTenantAccess"] = new JsonObject { ["default"] = DeclaredDefault.DeepClone(), ["partners"] = new JsonArray(DeclaredPartner.DeepClone()) },
        };
        var (desired, diagnostics) = DesiredStateSource.Load(new StackConfigJson("b2b", "dev", config.ToJsonString()));
        Assert.NotNull(desired);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        return desired;
    }

    /// <summary><c>reconciler drift</c>'s answer for the declared partner and default, read through the same Graph port.</summary>
    private async Task<IReadOnlyList<ObjectDrift>> DriftAsync()
    {
        var desired = Desired();
        var (tenant, failure) = await GraphTenant.ConnectAsync(
            new GraphConnectionOptions { TenantId = SampleStackConfig.TenantId, GraphUrl = fixture.Tenant.BaseUrl.ToString(), DevelopmentToken = fixture.GraphToken },
            CancellationToken.None);
        Assert.Null(failure);
        var live = await tenant!.ReadAsync(SnapshotRequestFor.Stack(desired), CancellationToken.None);
        return DriftChecker.Check(desired, live).Drift.Objects;
    }
}
