namespace Reconciler.Benchmarks.Measuring;

/// <summary>One timed run of a scenario.</summary>
internal sealed record RunFigures(double Milliseconds, int Requests, int ReadRequests, int UserRequests, long Bytes, int Writes = 0)
{
    public static RunFigures Of(TimeSpan elapsed, WireFigures wire, int writes = 0) =>
        new(elapsed.TotalMilliseconds, wire.Requests, wire.ReadRequests, wire.UserRequests, wire.Bytes, writes);
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
