using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Reconciler.Benchmarks.Measuring;

namespace Reconciler.Benchmarks.Reporting;

/// <summary>The medians as a table, the targets with their ratios, and the same as JSON.</summary>
internal sealed class ResultReport(BenchOptions options, IReadOnlyList<ScenarioFigures> results)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public bool AllTargetsMet => Targets().All(t => t.Met);

    public static string Machine =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F1} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    public string Table()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Tenant: {options.Guests:N0} guests, {options.Policies} policies, {options.Partners} partners; stack: {options.DeclaredGuests} guests, {options.DeclaredPolicies} policies, {options.DeclaredPartners} partners; median of {options.Runs} runs")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Machine}")
            .AppendLine()
            .AppendLine("| latency | scenario | wall ms | reconciler CPU ms | requests | /users requests | writes | MB received | peak working set MB |")
            .AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var figures in results)
        {
            var m = figures.Median;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {figures.LatencyMs} ms | {figures.Scenario} | {m.Milliseconds:F0} | {m.CpuMilliseconds:F0} | {m.Requests} | {m.UserRequests} | {m.Writes} | {m.Bytes / 1e6:F1} | {figures.PeakWorkingSetBytes / 1048576.0:F0} |");
        }
        text.AppendLine().AppendLine("| target | measured | goal | met |").AppendLine("|---|---:|---|---|");
        foreach (var target in Targets())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {target.Measured} | {target.Goal} | {(target.Met ? "yes" : "NO")} |");
        }
        if (ApplyLatencyCost() is { } cost)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Latency added {cost.Milliseconds:F0} ms to apply at {cost.LatencyMs} ms: {cost.RoundTrips:F1} round trips. Apply needs three one after another (read, write, read to verify), so the ratio above cannot fall below 1 + 3 x {cost.LatencyMs} ms / apply at 0 ms.");
        }
        return text.ToString();
    }

    /// <summary>
    /// What latency costs apply, in round trips: the figure the ratio target stands for. It does not depend on how
    /// fast apply is at 0 ms, which the ratio does (the faster apply is, the larger the ratio).
    /// </summary>
    public (double Milliseconds, int LatencyMs, double RoundTrips)? ApplyLatencyCost()
    {
        if (ApplyAtBothLatencies() is not ({ } fast, { } slow))
        {
            return null;
        }
        var added = slow.Median.Milliseconds - fast.Median.Milliseconds;
        return (added, slow.LatencyMs, added / slow.LatencyMs);
    }

    /// <summary>Apply at 0 ms and at the highest latency measured, when both were.</summary>
    private (ScenarioFigures Fast, ScenarioFigures Slow)? ApplyAtBothLatencies() =>
        Find("apply", 0) is { } fast && results.Where(r => r.Scenario == "apply" && r.LatencyMs > 0).MaxBy(r => r.LatencyMs) is { } slow
            ? (fast, slow)
            : null;

    public string Json() => JsonSerializer.Serialize(new { machine = Machine, options, results = results.Select(r => new { r.Scenario, r.LatencyMs, median = r.Median, r.Runs, r.PeakWorkingSetBytes }), targets = Targets(), applyLatencyRoundTrips = ApplyLatencyCost()?.RoundTrips }, Indented);

    public IEnumerable<Target> Targets()
    {
        foreach (var latency in options.Latencies)
        {
            var lower = Find("lower-bound", latency);
            var full = Find("drift-full", latency);
            var declared = Find("drift-declared", latency);
            var incremental = Find("drift-incremental", latency);
            var apply = Find("apply", latency);
            if (lower is not null && full is not null)
            {
                var ratio = full.Median.Milliseconds / lower.Median.Milliseconds;
                yield return new($"full drift / lower bound at {latency} ms", $"{ratio:F2}x", "<= 1.5x", ratio <= 1.5);
            }
            if (full is not null && declared is not null)
            {
                var ratio = declared.Median.Milliseconds / full.Median.Milliseconds;
                yield return new($"declared drift / full drift at {latency} ms", $"{ratio:F3}x", "<= 0.1x", ratio <= 0.1);
            }
            if (incremental is not null)
            {
                yield return new($"incremental drift, nothing changed: /users requests at {latency} ms", $"{incremental.Median.UserRequests}", "<= 3", incremental.Median.UserRequests <= 3);
            }
            if (full is not null)
            {
                var megabytes = full.PeakWorkingSetBytes / 1048576.0;
                yield return new($"full drift peak working set at {latency} ms", $"{megabytes:F0} MB", "< 300 MB", megabytes < 300);
            }
            if (apply is not null)
            {
                var m = apply.Median;
                var allowed = m.Writes / 20.0 + m.ReadRequests;
                yield return new($"apply requests at {latency} ms ({m.Writes} writes, {m.ReadRequests} reads)", $"{m.Requests}", $"<= {allowed:F0} (writes/20 + reads)", m.Requests <= Math.Ceiling(allowed));
            }
        }
        if (ApplyAtBothLatencies() is ({ } fast, { } slow))
        {
            var ratio = slow.Median.Milliseconds / fast.Median.Milliseconds;
            yield return new($"apply at {slow.LatencyMs} ms / apply at 0 ms", $"{ratio:F2}x", "<= 2x", ratio <= 2);
        }
    }

    private ScenarioFigures? Find(string scenario, int latency) => results.FirstOrDefault(r => r.Scenario == scenario && r.LatencyMs == latency);
}
