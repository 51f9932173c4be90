using System.Text.Json.Nodes;
using Reconciler.Benchmarks.Harness;
using Reconciler.Benchmarks.Measuring;
using Reconciler.Benchmarks.Tenant;
using Reconciler.Testing.Running;

namespace Reconciler.Benchmarks.Scenarios;

/// <summary>
/// <c>reconciler evidence</c> through the command line in this worker process: connect, read the snapshot, plan, read
/// the month of sign-ins (pages of 999, filtered on the server: by time, and in declared scope by the declared guests'
/// ids ten to a filter), replay them and render the JSON report. The requests are the ones the report counts (the
/// sign-in log's), and the peak working set is this process's, so it shows whether memory follows the sign-ins or
/// the groups they fold into.
/// </summary>
internal static class EvidenceRuns
{
    public static async Task<IReadOnlyList<RunFigures>> RunAsync(WorkerContext context, string scenario, int runs)
    {
        var scope = scenario == "evidence-declared" ? "declared" : "full";
        var environment = new Dictionary<string, string> { ["RECONCILER_GRAPH_TOKEN"] = context.Token };
        var figures = new List<RunFigures>();
        foreach (var (_, timed) in RunSchedule.Of(runs))
        {
            var clock = new RunClock();
            var result = await CliRunner.RunAsync(context.StackDirectory, environment,
                "evidence", "--stack", BenchTenant.StackName, "--scope", scope, "--graph-url", context.GraphUrl, "--output", "json", "--allow-local-tenant");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"evidence exited {result.ExitCode}: {result.Stderr}");
            }
            var evidence = JsonNode.Parse(result.Stdout)!["evidence"]!;
            var read = (int)evidence["signInsRead"]!;
            if (read == 0)
            {
                throw new InvalidOperationException("The benchmark tenant should hold sign-ins for the evidence to read.");
            }
            Console.Error.WriteLine($"    {scenario}: {read:N0} sign-ins read in {(int)evidence["requests"]!} requests; {evidence["verdict"]}");
            if (timed)
            {
                figures.Add(new RunFigures(clock.Elapsed.TotalMilliseconds, (int)evidence["requests"]!, (int)evidence["requests"]!, 0, 0, 0, clock.Cpu.TotalMilliseconds));
            }
        }
        return figures;
    }
}
