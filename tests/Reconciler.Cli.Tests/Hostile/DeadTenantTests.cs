using System.Diagnostics;
using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Hostile;

namespace Reconciler.Cli.Tests.Hostile;

/// <summary>
/// The tenant dies part-way through an apply (every request after the first write is hung up on). Apply, with its
/// real retry waits, ends within seconds with a summary of what was done and what was not attempted; once the
/// tenant is back, the rerun finishes the job and creates nothing twice.
/// </summary>
public class DeadTenantTests
{
    [Fact]
    public async Task ATenantKilledMidApplyEndsItWithinAMinuteAndTheRerunConverges()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.With(StackGenerator.Everything());
        var (writes, dead) = (0, false);
        var killedAt = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        await using var endpoint = HostileGraph.InFrontOf(tenant.Tenant.BaseUrl, request =>
        {
            if (IsWrite(request) && Interlocked.Increment(ref writes) == 2)
            {
                killedAt = clock.Elapsed;
                Volatile.Write(ref dead, true);
            }
            return Volatile.Read(ref dead) ? HostileAnswer.Hangup() : null;
        });

        // No RECONCILER_RETRY_SCALE: the waits between attempts are the real ones.
        var apply = await CliRunner.RunAsync(stack.Path, "apply", "--yes", "--graph-url", endpoint.BaseUrl.ToString());
        var sinceKill = clock.Elapsed - killedAt;

        Assert.Equal(1, apply.ExitCode);
        Assert.True(sinceKill < TimeSpan.FromSeconds(60), $"apply ended {sinceKill} after the kill");
        Assert.True(apply.Stderr.Contains("error B2B3018", StringComparison.Ordinal), apply.All);
        Assert.True(apply.Stdout.Contains("  done    ", StringComparison.Ordinal), apply.All);
        Assert.Contains("  skipped ", apply.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", apply.All, StringComparison.Ordinal);
        Expect.NoDuplicates(tenant.Store, "after the kill");

        var rerun = await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes");
        Assert.True(rerun.ExitCode == 0, rerun.All);
        Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "plan")).ExitCode);
        Expect.NoDuplicates(tenant.Store, "after the rerun");
    }

    /// <summary>Reads go out as GETs or as batches of GETs; anything else writes.</summary>
    private static bool IsWrite(HostileRequest request) =>
        request.Method != "GET" && !(request.Path == "/$batch" && !request.Body.Replace(" ", "").Contains("\"method\":\"P", StringComparison.Ordinal)
            && !request.Body.Contains("DELETE", StringComparison.Ordinal));
}
