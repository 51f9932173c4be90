using Reconciler.Benchmarks.Harness;
using Reconciler.Benchmarks.Measuring;
using Reconciler.Benchmarks.Tenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Applying;

namespace Reconciler.Benchmarks.Scenarios;

/// <summary>
/// <c>apply --scope declared</c> of new guests and report-only policies that name them: read, plan, batched writes in
/// stages, read again to verify. Each run declares its own objects, so every run writes the same amount.
/// </summary>
internal static class ApplyRuns
{
    /// <summary>
    /// Each run adds 520 objects to the tenant; twenty warm-up runs add a tenth to its 100,000 guests. Fewer left the
    /// reconciler still speeding up at 0 ms (ten warm-up runs: 131, 108, 102, 89 ms, ...; steady near 99 ms after
    /// twelve), which flattered the ratio of 30 ms to 0 ms.
    /// </summary>
    private const int MaxWarmUpRuns = 20;

    public static async Task<IReadOnlyList<RunFigures>> RunAsync(WorkerContext context, int runs)
    {
        var figures = new List<RunFigures>();
        foreach (var (run, timed) in RunSchedule.Of(runs, MaxWarmUpRuns))
        {
            var stack = $"apply{run}";
            await File.WriteAllTextAsync(Path.Combine(context.StackDirectory, $"Pulumi.{stack}.yaml"), StackText.Apply(context.Options, context.TenantId, run));
            context.Wire.Take();
            var clock = new RunClock();
            var desired = context.Load(stack);
            var tenant = await context.ConnectAsync();
            var result = await new ApplyEngine(tenant, ReadScope.Declared)
                .ApplyAsync(desired, PlanOptions.Default, (_, _, _) => Task.FromResult(true), null, CancellationToken.None);
            var wire = context.Wire.Take();
            if (result.Status != ApplyStatus.Converged)
            {
                throw new InvalidOperationException($"apply ended {result.Status}: {string.Join("; ", result.Outcomes.Where(o => !o.Succeeded).Select(o => o.Failure?.Message).Take(3))} {string.Join("; ", result.Plan.Diagnostics.Take(3))}");
            }
            if (timed)
            {
                figures.Add(RunFigures.Of(clock, wire, result.Writes));
            }
        }
        return figures;
    }
}
