using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// Two applies of the same stack at once (a double-clicked pipeline, two operators). Graph has no lock and no unique
/// displayName, so the applies must sort it out between them: both end with one of everything.
/// </summary>
public class ConcurrencyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public async Task TwoAppliesInProcessEndInOneConvergedTenant(int latencyMs)
    {
        await using var tenant = await TenantFixture.StartAsync();
        var unmanaged = UnmanagedObjects.Seed(tenant.Store);
        tenant.Tenant.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = latencyMs });
        using var stack = StackFolder.With(StackGenerator.Everything());

        var results = await Task.WhenAll(
            FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes"),
            FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes"));

        await AssertOneConvergedTenantAsync(tenant, stack, unmanaged, results);
    }

    [Fact]
    public async Task TwoApplyProcessesEndInOneConvergedTenant()
    {
        await using var tenant = await TenantFixture.StartAsync();
        var unmanaged = UnmanagedObjects.Seed(tenant.Store);
        tenant.Tenant.Faults.Add(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 10 });
        using var stack = StackFolder.With(StackGenerator.Everything());
        var token = tenant.Tenant.CreateToken([.. LocalTenant.AllRoles]);

        using var first = ReconcilerProcess.Start(tenant.Tenant, stack, token, "apply", "--yes");
        using var second = ReconcilerProcess.Start(tenant.Tenant, stack, token, "apply", "--yes");
        var results = await Task.WhenAll(first.WaitAsync(TimeSpan.FromMinutes(1)), second.WaitAsync(TimeSpan.FromMinutes(1)));

        await AssertOneConvergedTenantAsync(tenant, stack, unmanaged, results);
    }

    private static async Task AssertOneConvergedTenantAsync(TenantFixture tenant, StackFolder stack, UnmanagedObjects unmanaged, CliResult[] results)
    {
        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.All));
        Expect.NoDuplicates(tenant.Store, "after two concurrent applies");
        unmanaged.AssertUntouched("after two concurrent applies");
        tenant.Tenant.Faults.Clear();
        Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "drift")).ExitCode);
        Assert.Equal(4, tenant.Store.ConditionalAccessPolicies().Count);
        Assert.Equal(3, tenant.Store.Partners().Count);
    }
}
