using Reconciler.Emulator;
using Reconciler.Testing.Running;
using Reconciler.Testing.Stacks;

namespace Reconciler.Benchmarks.Soak;

/// <summary>
/// `reconciler apply` as its own process, killed (SIGKILL) after a random number of writes; then an apply in this
/// process must finish the job without creating anything twice. Each tenant starts from the stack with the most
/// writes and moves through generated stacks; an apply that finishes before its kill point is counted, not killed.
/// </summary>
internal static class KillRuns
{
    private const int KillsPerTenant = 10;
    private const int AttemptsPerKill = 3;
    private const int WriteLatencyMs = 40;
    private static readonly TimeSpan Stalled = TimeSpan.FromSeconds(60);

    public static Task RunAsync(SoakOptions options, SoakTally tally) =>
        TenantBlocks.RunAsync(options.Kills, KillsPerTenant, options.Parallel, (index, kills) => RunTenantAsync(options.Seed, index, kills, tally));

    private static async Task RunTenantAsync(int seed, int index, int kills, SoakTally tally)
    {
        var random = new Random(unchecked(seed * 7_919 + index));
        var stacks = new StackGenerator(random);
        await using var tenant = await SoakTenant.StartAsync();
        using var stack = StackFolder.With(StackGenerator.Everything());
        var token = tenant.Tenant.CreateToken([.. LocalTenant.AllRoles]);

        var killed = 0;
        for (var attempt = 0; killed < kills && attempt < kills * AttemptsPerKill; attempt++)
        {
            if (attempt > 0)
            {
                stack.Write(stacks.Next());
            }
            var where = $"seed {seed} kill tenant {index} attempt {attempt}";
            if (await KillAfterWritesAsync(tenant, stack, token, random.Next(1, 10), tally, where))
            {
                killed++;
                tally.Killed();
            }
            else
            {
                tally.FinishedBeforeKill();
            }
            tally.Violation($"{where}, right after the kill", tenant.Violations());
            tenant.Faults.Clear();
            await Converges.CheckAsync(tenant, stack, tally, $"{where}, the apply after the kill");
        }
    }

    /// <summary>Starts apply with slow writes and kills it once the tenant has seen that many writes; false when it finished first.</summary>
    private static async Task<bool> KillAfterWritesAsync(SoakTenant tenant, StackFolder stack, string token, int writes, SoakTally tally, string where)
    {
        foreach (var method in new[] { "POST", "PATCH", "DELETE" })
        {
            tenant.Faults.Add(new FaultRule { Method = method, Kind = FaultKind.Latency, LatencyMs = WriteLatencyMs });
        }
        tenant.Tenant.Requests.Clear();
        using var apply = ReconcilerProcess.Start(tenant.Tenant, stack, token, "apply", "--yes");
        var deadline = DateTime.UtcNow + Stalled;
        while (tenant.Tenant.Requests.WriteCount < writes && !apply.HasExited)
        {
            if (DateTime.UtcNow > deadline)
            {
                tally.Violation(where, [$"apply made {tenant.Tenant.Requests.WriteCount} of {writes} writes in {Stalled.TotalSeconds} s"]);
                break;
            }
            await Task.Delay(2);
        }
        if (apply.HasExited)
        {
            return false;
        }
        await apply.KillAsync();
        return true;
    }
}
