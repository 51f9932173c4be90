using Reconciler.Cli.Tests.Reliability.Support;
using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Faults;
using Xunit.Abstractions;

namespace Reconciler.Cli.Tests.Reliability;

/// <summary>
/// Apply and drift, over and over, against a tenant that throttles, fails, drops connections and loses answers to
/// writes it committed. Seeded: a failing seed replays the same stacks and the same fault rules.
/// </summary>
public class FaultSoakTests(ITestOutputHelper output)
{
    private const int RunsPerSeed = 52;

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(37)]
    [InlineData(41)]
    public async Task UnderRandomFaultsEveryRunConvergesOrStopsWithACodeAndNothingIsEverDuplicated(int seed)
    {
        var random = new Random(seed);
        var stacks = new StackGenerator(random);
        await using var tenant = await TenantFixture.StartAsync();
        var unmanaged = UnmanagedObjects.Seed(tenant.Store);
        using var stack = StackFolder.With(stacks.Next());
        var exits = new Dictionary<string, int>();

        for (var run = 0; run < RunsPerSeed; run++)
        {
            if (run % 4 == 0)
            {
                stack.Write(run % 20 == 0 ? Repository.SampleStack : stacks.Next());
            }
            FaultMix.Arm(tenant.Tenant.Faults, random, seed * 1000 + run);
            var command = random.Next(3) == 0 ? "drift" : "apply";
            string[] args = command == "apply" ? ["apply", "--yes"] : ["drift"];

            var result = await FastRetries.RunAsync(tenant.Tenant, stack, args);

            var what = $"seed {seed} run {run} {command}\n{File.ReadAllText(stack.StackFile)}";
            Expect.ConvergedOrCodedFailure(result, what, command == "apply" ? [0] : [0, 2]);
            Assert.False(result.Stderr.Contains("B2B1001", StringComparison.Ordinal), what + result.Stderr);
            Expect.NoDuplicates(tenant.Store, what);
            unmanaged.AssertUntouched(what);
            var key = $"{command} exit {result.ExitCode}";
            exits[key] = exits.GetValueOrDefault(key) + 1;
        }

        var injected = tenant.Tenant.Faults.InjectedCount;
        tenant.Tenant.Faults.Clear();
        var final = await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes");
        Assert.True(final.ExitCode == 0, final.All);
        Assert.Equal(0, (await FastRetries.RunAsync(tenant.Tenant, stack, "drift")).ExitCode);
        Expect.NoDuplicates(tenant.Store, "after the fault-free apply");
        unmanaged.AssertUntouched("after the fault-free apply");

        output.WriteLine($"seed {seed}: {RunsPerSeed} runs, {injected} faults injected; {string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value}"))}");
    }
}
