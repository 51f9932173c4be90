using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

public class PinningTests
{
    [Fact]
    public async Task TokenForAnotherTenantStopsBeforeAnyRequestWithB2B3001()
    {
        await using var tenant = await Local.StartAsync();
        var otherTenantToken = tenant.CreateToken("3d1b0000-0000-4000-8000-00000000beef", [.. LocalTenant.AllRoles]);

        var (port, failure) = await GraphTenant.ConnectAsync(Local.Options(tenant, otherTenantToken), CancellationToken.None);

        Assert.Null(port);
        Assert.Equal("B2B3001", failure!.Code);
        Assert.Empty(tenant.Requests.Entries);
    }

    [Fact]
    public async Task StackPinnedToAnotherTenantIsRefusedBeforeReadingData()
    {
        await using var tenant = await Local.StartAsync();
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with { TenantId = "3d1b0000-0000-4000-8000-00000000beef" };

        var (port, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        Assert.Null(port);
        Assert.Equal("B2B3001", failure!.Code);
        Assert.DoesNotContain(tenant.Requests.Entries, r => !r.PathAndQuery.StartsWith("/organization", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoopbackWithoutDevelopmentTokenIsB2B3013()
    {
        await using var tenant = await Local.StartAsync();

        var (_, failure) = await GraphTenant.ConnectAsync(Local.Options(tenant, "") with { DevelopmentToken = null }, CancellationToken.None);

        Assert.Equal("B2B3013", failure!.Code);
    }

    [Fact]
    public async Task ConnectingConfirmsTheOrganization()
    {
        await using var tenant = await Local.StartAsync();

        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        var organization = await port.Pinned;

        Assert.Equal(tenant.TenantId, organization.TenantId);
        Assert.Equal("Contoso (local)", organization.DisplayName);
    }

    [Fact]
    public async Task WithATokenTheTenantIssuedAnOrganizationThatDisagreesFailsTheFirstReadAndEveryWrite()
    {
        await using var tenant = await Local.StartAsync();
        var options = Local.Options(tenant, tenant.CreateToken([.. LocalTenant.AllRoles])) with { FinalHandler = AnotherOrganization(tenant) };

        var (port, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);
        Assert.Null(failure);
        var read = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest([]), CancellationToken.None));
        var write = await Assert.ThrowsAsync<TenantException>(() => port!.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None));

        Assert.Equal("B2B3001", read.Diagnostic.Code);
        Assert.Contains("discarded; nothing was written", read.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("B2B3001", write.Diagnostic.Code);
        Assert.Equal(0, tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task WithATokenMintedOnTheStacksWordTheOrganizationIsConfirmedBeforeAnythingElseIsSent()
    {
        await using var tenant = await Local.StartAsync();
        var options = Local.Options(tenant, tenant.CreateToken([.. LocalTenant.AllRoles])) with
        {
            DevelopmentTokenIssuedByTenant = false,
            FinalHandler = AnotherOrganization(tenant),
        };

        var (port, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        Assert.Null(port);
        Assert.Equal("B2B3001", failure!.Code);
        Assert.Contains("Nothing was read or written", failure.Message, StringComparison.Ordinal);
        Assert.All(tenant.Requests.Entries, r => Assert.StartsWith("/organization", r.PathAndQuery, StringComparison.Ordinal));
    }

    /// <summary>Answers <c>GET /organization</c> as a different tenant would, while every other answer is this tenant's.</summary>
    private static CorruptingHandler AnotherOrganization(LocalTenant tenant) =>
        CorruptingHandler.Rewriting("/organization", body => body.Replace(tenant.TenantId, "3d1b0000-0000-4000-8000-00000000beef", StringComparison.OrdinalIgnoreCase));
}
