namespace Reconciler.Benchmarks.Measuring;

/// <summary>
/// One timed run of a scenario. <see cref="CpuMilliseconds"/> is the CPU the reconciler's process used meanwhile: at
/// 0 ms latency it shares the machine's cores with the local tenant, so its CPU is time the tenant cannot have.
/// </summary>
internal sealed record RunFigures(double Milliseconds, int Requests, int ReadRequests, int UserRequests, long Bytes, int Writes = 0, double CpuMilliseconds = 0)
{
    public static RunFigures Of(RunClock clock, WireFigures wire, int writes = 0) =>
        new(clock.Elapsed.TotalMilliseconds, wire.Requests, wire.ReadRequests, wire.UserRequests, wire.Bytes, writes, clock.Cpu.TotalMilliseconds);
}

/// <summary>Wall time and this process's CPU time since the clock started.</summary>
internal sealed class RunClock
{
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = Environment.CpuUsage.TotalTime;

    public TimeSpan Elapsed => _wall.Elapsed;

    public TimeSpan Cpu => Environment.CpuUsage.TotalTime - _cpuAtStart;
}

/// <summary>A scenario's runs in one worker process, and that process's peak working set (VmHWM on Linux).</summary>
internal sealed record ScenarioFigures(string Scenario, int LatencyMs, IReadOnlyList<RunFigures> Runs, long PeakWorkingSetBytes)
{
    public RunFigures Median
    {
        get
        {
            var ordered = Runs.OrderBy(r => r.Milliseconds).ToList();
            return ordered[ordered.Count / 2];
        }
    }
}
