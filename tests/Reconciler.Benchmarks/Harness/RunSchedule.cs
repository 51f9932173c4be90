using System.Diagnostics;

namespace Reconciler.Benchmarks.Harness;

/// <summary>
/// Untimed warm-up runs, then the timed ones. A worker is a fresh process whose code starts unoptimised; the JIT
/// recompiles hot methods only after they have run a while, so one warm-up run would time a stack load or a policy
/// parse at several times its steady cost. Warming up for a couple of seconds (as BenchmarkDotNet does) measures
/// what the code costs, not how soon the JIT gets to it; the cap keeps apply from filling the tenant.
/// </summary>
internal static class RunSchedule
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    public const int MaxWarmUpRuns = 10;

    /// <summary>Run numbers in order, each with whether it is timed.</summary>
    public static IEnumerable<(int Run, bool Timed)> Of(int timedRuns)
    {
        var warming = Stopwatch.StartNew();
        var run = 0;
        do
        {
            yield return (run++, false);
        }
        while (warming.Elapsed < WarmUp && run < MaxWarmUpRuns);
        for (var timed = 0; timed < timedRuns; timed++)
        {
            yield return (run++, true);
        }
    }
}
