using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;

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

        Assert.Equal(tenant.TenantId, port.Organization.TenantId);
        Assert.Equal("Contoso (local)", port.Organization.DisplayName);
    }
}
