using System.Diagnostics;
using Reconciler.Benchmarks.Measuring;
using Reconciler.Benchmarks.Tenant;
using Reconciler.Emulator;

namespace Reconciler.Benchmarks.Harness;

/// <summary>For each latency: seed a local tenant in this process, then run every scenario against it in a worker.</summary>
internal static class BenchmarkRun
{
    public static async Task<IReadOnlyList<ScenarioFigures>> RunAsync(BenchOptions options)
    {
        var results = new List<ScenarioFigures>();
        foreach (var latency in options.Latencies)
        {
            await using var tenant = await LocalTenant.StartAsync(new EmulatorOptions());
            var seeding = Stopwatch.StartNew();
            BenchTenant.Seed(tenant.Store, options);
            if (options.Scenarios.Any(Worker.EvidenceScenarios.Contains))
            {
                BenchSignIns.Seed(tenant.Store, options);
            }
            Console.Error.WriteLine($"latency {latency} ms: seeded {options.Guests:N0} guests, {options.Policies} policies, {options.Partners} partners in {seeding.Elapsed.TotalSeconds:F1} s");
            if (latency > 0)
            {
                tenant.Faults.Add($"*=latency:{latency}");
            }
            var directory = Directory.CreateTempSubdirectory("reconciler-bench-").FullName;
            await File.WriteAllTextAsync(Path.Combine(directory, "Pulumi.yaml"), StackText.ProjectYaml);
            await File.WriteAllTextAsync(Path.Combine(directory, $"Pulumi.{BenchTenant.StackName}.yaml"), StackText.Drift(options, tenant.TenantId));
            var token = tenant.CreateToken([.. LocalTenant.AllRoles]);
            foreach (var scenario in options.Scenarios)
            {
                tenant.Requests.Clear();
                // The local tenant lives in this process: its garbage from the last scenario is not the next one's cost.
                RunSchedule.Collect();
                var figures = await Worker.SpawnAsync(scenario, latency, tenant.BaseUrl.ToString(), tenant.TenantId, token, directory, options);
                Console.Error.WriteLine($"  {scenario,-18} median {figures.Median.Milliseconds,8:F0} ms ({tenant.Requests.Entries.Count(e => !e.InsideBatch)} requests seen by the tenant over all runs)");
                results.Add(figures);
            }
            Directory.Delete(directory, recursive: true);
        }
        return results;
    }
}
