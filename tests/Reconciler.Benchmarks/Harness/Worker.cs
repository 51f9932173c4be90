using System.Diagnostics;
using System.Text.Json;
using Reconciler.Benchmarks.Measuring;
using Reconciler.Benchmarks.Scenarios;

namespace Reconciler.Benchmarks.Harness;

/// <summary>
/// Each scenario runs in its own process, so its peak working set is the reconciler's alone and not the local
/// tenant's (which holds the whole seeded directory). Untimed warm-up runs precede the timed ones (see <see cref="RunSchedule"/>).
/// </summary>
internal static class Worker
{
    public const string Flag = "--worker";
    private const string TokenVariable = "RECONCILER_BENCH_TOKEN";

    public static readonly string[] Scenarios = ["lower-bound", "drift-full", "drift-declared", "drift-incremental", "apply"];

    /// <summary>Run only when named (<c>--scenarios evidence-full,evidence-declared</c>): they seed 100,000 sign-ins first.</summary>
    public static readonly string[] EvidenceScenarios = ["evidence-full", "evidence-declared"];

    public static async Task<ScenarioFigures> SpawnAsync(string scenario, int latency, string graphUrl, string tenantId, string token, string directory, BenchOptions options)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            // Started as `dotnet Reconciler.Benchmarks.dll`: the worker needs the same assembly.
            start.ArgumentList.Add(typeof(Worker).Assembly.Location);
        }
        foreach (var argument in (string[])[Flag, scenario, latency.ToString(System.Globalization.CultureInfo.InvariantCulture), graphUrl, tenantId, directory, .. options.ToArguments()])
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment[TokenVariable] = token;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{scenario} failed:\n{await error}");
        }
        return JsonSerializer.Deserialize<ScenarioFigures>((await output).Trim().Split('\n')[^1])!;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (scenario, latency, url, tenantId, directory) = (args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3], args[4], args[5]);
        var options = BenchOptions.Parse([.. args.Skip(6)]);
        var context = new WorkerContext(url, tenantId, Environment.GetEnvironmentVariable(TokenVariable)!, directory, options);
        var runs = scenario switch
        {
            "lower-bound" => await LowerBound.RunAsync(context, options.Runs),
            "apply" => await ApplyRuns.RunAsync(context, options.Runs),
            "evidence-full" or "evidence-declared" => await EvidenceRuns.RunAsync(context, scenario, options.Runs),
            _ => await DriftRuns.RunAsync(context, scenario, options.Runs),
        };
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(JsonSerializer.Serialize(new ScenarioFigures(scenario, latency, runs, self.PeakWorkingSet64)));
        return 0;
    }
}
