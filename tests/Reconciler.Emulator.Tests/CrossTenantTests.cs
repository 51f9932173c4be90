using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class CrossTenantTests : IAsyncLifetime
{
    private const string Fabrikam = "3c1f2a9e-7d4b-4e8a-9f10-2b3c4d5e6f70";
    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task Default_starts_at_service_default_patch_and_reset()
    {
        var root = await _graph.Policies.CrossTenantAccessPolicy.GetAsync();
        Assert.Equal("CrossTenantAccessPolicy", root!.DisplayName);
        ModelAssert.OnlyKnownProperties(root);

        var initial = await _graph.Policies.CrossTenantAccessPolicy.Default.GetAsync();
        Assert.True(initial!.IsServiceDefault);
        Assert.False(initial.InboundTrust!.IsMfaAccepted);
        Assert.Equal(CrossTenantAccessPolicyTargetConfigurationAccessType.Allowed, initial.B2bCollaborationInbound!.UsersAndGroups!.AccessType);
        Assert.Equal(CrossTenantAccessPolicyTargetConfigurationAccessType.Blocked, initial.B2bDirectConnectOutbound!.Applications!.AccessType);
        ModelAssert.OnlyKnownProperties(initial);

        await _graph.Policies.CrossTenantAccessPolicy.Default.PatchAsync(new CrossTenantAccessPolicyConfigurationDefault
        {
            InboundTrust = new CrossTenantAccessPolicyInboundTrust { IsMfaAccepted = true },
        });
        var patched = await _graph.Policies.CrossTenantAccessPolicy.Default.GetAsync();
        Assert.False(patched!.IsServiceDefault);
        Assert.True(patched.InboundTrust!.IsMfaAccepted);
        Assert.Null(patched.InboundTrust.IsCompliantDeviceAccepted);

        var readOnly = await Assert.ThrowsAsync<ODataError>(() => _graph.Policies.CrossTenantAccessPolicy.Default.PatchAsync(
            new CrossTenantAccessPolicyConfigurationDefault { AutomaticUserConsentSettings = new InboundOutboundPolicyConfiguration { InboundAllowed = true } }));
        Assert.Equal(400, readOnly.ResponseStatusCode);

        await _graph.Policies.CrossTenantAccessPolicy.Default.ResetToSystemDefault.PostAsync();
        var reset = await _graph.Policies.CrossTenantAccessPolicy.Default.GetAsync();
        Assert.True(reset!.IsServiceDefault);
        Assert.False(reset.InboundTrust!.IsMfaAccepted);
    }

    [Fact]
    public async Task Partners_crud_and_conflict()
    {
        var created = await _graph.Policies.CrossTenantAccessPolicy.Partners.PostAsync(new CrossTenantAccessPolicyConfigurationPartner
        {
            TenantId = Fabrikam,
            InboundTrust = new CrossTenantAccessPolicyInboundTrust { IsMfaAccepted = true },
        });
        Assert.Equal(Fabrikam, created!.TenantId);
        Assert.Null(created.B2bCollaborationInbound);
        ModelAssert.OnlyKnownProperties(created);

        var duplicate = await Assert.ThrowsAsync<ODataError>(() => _graph.Policies.CrossTenantAccessPolicy.Partners.PostAsync(
            new CrossTenantAccessPolicyConfigurationPartner { TenantId = Fabrikam }));
        Assert.Equal(409, duplicate.ResponseStatusCode);

        await _graph.Policies.CrossTenantAccessPolicy.Partners[Fabrikam].PatchAsync(new CrossTenantAccessPolicyConfigurationPartner
        {
            B2bCollaborationInbound = new CrossTenantAccessPolicyB2BSetting
            {
                UsersAndGroups = new CrossTenantAccessPolicyTargetConfiguration
                {
                    AccessType = CrossTenantAccessPolicyTargetConfigurationAccessType.Allowed,
                    Targets = [new CrossTenantAccessPolicyTarget { Target = "AllUsers", TargetType = CrossTenantAccessPolicyTargetType.User }],
                },
            },
        });
        var partner = await _graph.Policies.CrossTenantAccessPolicy.Partners[Fabrikam].GetAsync();
        Assert.True(partner!.InboundTrust!.IsMfaAccepted);
        Assert.Equal("AllUsers", partner.B2bCollaborationInbound!.UsersAndGroups!.Targets![0].Target);

        var list = await _graph.Policies.CrossTenantAccessPolicy.Partners.GetAsync();
        Assert.Single(list!.Value!);
        ModelAssert.OnlyKnownProperties(list);

        await _graph.Policies.CrossTenantAccessPolicy.Partners[Fabrikam].DeleteAsync();
        var missing = await Assert.ThrowsAsync<ODataError>(() => _graph.Policies.CrossTenantAccessPolicy.Partners[Fabrikam].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
    }

    [Fact]
    public async Task Unknown_property_is_400()
    {
        using var http = Harness.Raw(_tenant, _tenant.CreateToken("Policy.ReadWrite.CrossTenantAccess"));
        using var response = await http.PatchAsync("policies/crossTenantAccessPolicy/default",
            new StringContent("{\"b2BDirectConnectInbound\":{}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
    }
}
