using Reconciler.Testing.Faults;
using Reconciler.Testing.Invariants;
using Reconciler.Testing.Running;
using Reconciler.Testing.Stacks;

namespace Reconciler.Benchmarks.Soak;

/// <summary>
/// Apply and drift over generated stacks against tenants that throttle, fail, drop connections, lose answers to
/// committed writes and send malformed answers; the invariants are checked after every run. Each tenant serves a
/// block of runs and ends with a fault-free apply that must converge and a drift that must find nothing.
/// </summary>
internal static class FaultRuns
{
    private const int RunsPerTenant = 50;

    public static Task RunAsync(SoakOptions options, SoakTally tally) =>
        TenantBlocks.RunAsync(options.Runs, RunsPerTenant, options.Parallel, (index, runs) => RunTenantAsync(options.Seed, index, runs, tally));

    private static async Task RunTenantAsync(int seed, int index, int runs, SoakTally tally)
    {
        var tenantSeed = unchecked(seed * 100_003 + index);
        var random = new Random(tenantSeed);
        var stacks = new StackGenerator(random);
        await using var tenant = await SoakTenant.StartAsync();
        using var stack = StackFolder.With(stacks.Next());

        for (var run = 0; run < runs; run++)
        {
            if (run % 4 == 0)
            {
                stack.Write(run % 20 == 0 ? Repository.SampleStack : stacks.Next());
            }
            FaultMix.Arm(tenant.Faults, random, unchecked(tenantSeed * 1000 + run), malformedAnswers: true);
            string[] args = random.Next(3) == 0 ? ["drift"] : ["apply", "--yes"];
            int[] successCodes = args[0] == "drift" ? [0, 2] : [0];

            var result = await FastRetries.RunAsync(tenant.Tenant, stack, args);

            List<string> problems = [.. tenant.Violations()];
            if (Outcomes.NeitherConvergedNorCodedFailure(result, successCodes) is { } outcome)
            {
                problems.Add($"{outcome}\n{result.All}");
            }
            if (result.Stderr.Contains("B2B1001", StringComparison.Ordinal))
            {
                problems.Add($"the generated stack is not valid YAML\n{result.Stderr}");
            }
            var where = $"seed {seed} tenant {index} run {run} {args[0]}";
            tally.Run(args[0], result, successCodes.Contains(result.ExitCode), problems.Count == 0 ? [] : [.. problems, File.ReadAllText(stack.StackFile)], where);
        }

        tally.Injected(tenant.Faults.InjectedCount);
        tenant.Faults.Clear();
        await Converges.CheckAsync(tenant, stack, tally, $"seed {seed} tenant {index}, the fault-free apply");
    }
}
