using System.Diagnostics;

namespace Reconciler.Benchmarks.Soak;

/// <summary>
/// `soak [--runs 2000] [--seed 1] [--kills 100] [--parallel 4]`: the fault soak and the crash kills of the test suite,
/// many times over. Prints the counts; exits 1 on any invariant violation.
/// </summary>
internal static class SoakCommand
{
    public const string Name = "soak";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = SoakOptions.Parse(args);
        var tally = new SoakTally();
        var watch = Stopwatch.StartNew();
        await FaultRuns.RunAsync(options, tally);
        await KillRuns.RunAsync(options, tally);
        Console.WriteLine(tally.Summary(options, watch.Elapsed));
        return tally.ViolationCount == 0 ? 0 : 1;
    }
}
