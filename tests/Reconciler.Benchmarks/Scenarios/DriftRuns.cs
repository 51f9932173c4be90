using Reconciler.Benchmarks.Harness;
using Reconciler.Benchmarks.Measuring;
using Reconciler.Benchmarks.Tenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Benchmarks.Scenarios;

/// <summary>
/// <c>drift</c> through the product path: load the stack, connect (pinning the tenant), read, compare. Full scope,
/// declared scope, or incremental (after the untimed warm-up, whose first run fills the guest cache).
/// </summary>
internal static class DriftRuns
{
    public static async Task<IReadOnlyList<RunFigures>> RunAsync(WorkerContext context, string scenario, int runs)
    {
        GuestCache? cache = null;
        var figures = new List<RunFigures>();
        foreach (var (_, timed) in RunSchedule.Of(runs))
        {
            context.Wire.Take();
            var clock = new RunClock();
            var desired = context.Load(BenchTenant.StackName);
            var tenant = await context.ConnectAsync();
            var request = SnapshotRequestFor.Declared(desired, scenario == "drift-declared" ? ReadScope.Declared : ReadScope.Full);
            if (scenario == "drift-incremental")
            {
                request = request with { Incremental = true, GuestCache = cache };
            }
            var live = await tenant.ReadAsync(request, CancellationToken.None);
            var drift = DriftChecker.Check(desired, live);
            var wire = context.Wire.Take();
            if (drift.Drift.InSync)
            {
                throw new InvalidOperationException("The benchmark stack should drift: " + string.Join("; ", drift.Diagnostics.Take(3)));
            }
            cache = live.GuestCache;
            if (timed)
            {
                figures.Add(RunFigures.Of(clock, wire));
            }
        }
        return figures;
    }
}
