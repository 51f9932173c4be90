using System.Diagnostics;

namespace Reconciler.Benchmarks.Harness;

/// <summary>
/// Untimed warm-up runs, then the timed ones. A worker is a fresh process whose code starts unoptimised; the JIT
/// recompiles hot methods only after they have run a while, so one warm-up run would time a stack load or a policy
/// parse at several times its steady cost. Warming up for a few seconds (as BenchmarkDotNet does) measures
/// what the code costs, not how soon the JIT gets to it. A scenario that writes may cap its warm-up runs, so it does
/// not fill the tenant.
/// The JIT waits for 100 ms without new compilation before it counts calls towards promotion; runs this short,
/// each after a full collection, left hot methods unpromoted for a whole worker's life often enough that the same stack
/// load measured 3 ms in one worker and 20 ms in the next. So the benchmark runs with that delay at zero (its
/// runtimeconfig), and methods are promoted as soon as they are hot. Before each run the worker collects its garbage, so no run pays for the one before it
/// (BenchmarkDotNet does the same).
/// </summary>
internal static class RunSchedule
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>Run numbers in order, each with whether it is timed.</summary>
    public static IEnumerable<(int Run, bool Timed)> Of(int timedRuns, int maxWarmUpRuns = int.MaxValue)
    {
        var warming = Stopwatch.StartNew();
        var run = 0;
        do
        {
            Collect();
            yield return (run++, false);
        }
        while (warming.Elapsed < WarmUp && run < maxWarmUpRuns);
        for (var timed = 0; timed < timedRuns; timed++)
        {
            Collect();
            yield return (run++, true);
        }
    }

    /// <summary>A full, blocking collection: what is left over from the last run is gone before the next starts.</summary>
    public static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
