using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>What the stack does not declare is reported, never changed: not by apply, not by destroy.</summary>
public class UnmanagedObjectsTests
{
    [Fact]
    public async Task HandMadeGuestsPoliciesAndPartnersAreByteIdenticalAfterApplyAndDestroy()
    {
        await using var tenant = await TenantFixture.StartAsync();
        var unmanaged = UnmanagedObjects.Seed(tenant.Store);
        var breakGlass = tenant.UsersWithMail(TenantFixture.BreakGlassEmail).Single().ToJsonString();
        using var stack = StackFolder.With(StackGenerator.Everything());

        Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes")).ExitCode);
        unmanaged.AssertUntouched("after apply");

        var destroy = await FastRetries.RunAsync(tenant.Tenant, stack, "destroy", "--yes");
        Assert.True(destroy.ExitCode == 0, destroy.All);
        unmanaged.AssertUntouched("after destroy");
        Assert.Equal(breakGlass, tenant.UsersWithMail(TenantFixture.BreakGlassEmail).Single().ToJsonString());
        Assert.Single(tenant.Store.ConditionalAccessPolicies());
        Assert.Single(tenant.Store.Partners());
    }
}
