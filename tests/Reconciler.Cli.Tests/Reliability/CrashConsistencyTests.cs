using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// `reconciler apply` killed (SIGKILL) part-way through its writes, at a different write each time. Apply keeps no
/// state between runs, so the rerun reads the tenant, plans what is left and finishes, creating nothing twice.
/// </summary>
public class CrashConsistencyTests(ITestOutputHelper output)
{
    private const int Crashes = 12;

    [Fact]
    public async Task ApplyKilledAfterAnyWriteIsFinishedByTheNextApplyWithoutDuplicates()
    {
        var random = new Random(2718);
        var killedAfter = new List<int>();
        for (var crash = 0; crash < Crashes; crash++)
        {
            await using var tenant = await TenantFixture.StartAsync();
            var unmanaged = UnmanagedObjects.Seed(tenant.Store);
            using var stack = StackFolder.With(StackGenerator.Everything());
            foreach (var method in new[] { "POST", "PATCH", "DELETE" })
            {
                tenant.Tenant.Faults.Add(new FaultRule { Method = method, Kind = FaultKind.Latency, LatencyMs = 40 });
            }
            var writes = random.Next(1, 10);

            using (var apply = ReconcilerProcess.Start(tenant.Tenant, stack, tenant.Tenant.CreateToken([.. LocalTenant.AllRoles]), "apply", "--yes"))
            {
                await WhenWrittenAsync(tenant, writes, apply);
                await apply.KillAsync();
            }
            killedAfter.Add(tenant.Tenant.Requests.WriteCount);
            Expect.NoDuplicates(tenant.Store, $"crash {crash}, killed after {writes} writes");

            tenant.Tenant.Faults.Clear();
            var rerun = await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes");
            Assert.True(rerun.ExitCode == 0, $"crash {crash}: {rerun.All}");
            Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "drift")).ExitCode);
            Expect.NoDuplicates(tenant.Store, $"crash {crash}, after the rerun");
            unmanaged.AssertUntouched($"crash {crash}");
        }

        output.WriteLine($"{Crashes} crashes simulated, killed after {string.Join(", ", killedAfter)} writes");
    }

    private static async Task WhenWrittenAsync(TenantFixture tenant, int writes, ReconcilerProcess apply)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (tenant.Tenant.Requests.WriteCount < writes && !apply.HasExited)
        {
            Assert.True(DateTime.UtcNow < deadline, "apply wrote nothing for a minute");
            await Task.Delay(2);
        }
        Assert.False(apply.HasExited, $"apply finished before {writes} writes");
    }
}
