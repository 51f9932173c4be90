using Reconciler.Testing.Running;
using Reconciler.Testing.Stacks;

namespace Reconciler.Benchmarks.Soak;

/// <summary>Whatever came before, one apply without faults converges the tenant and drift then finds nothing.</summary>
internal static class Converges
{
    public static async Task CheckAsync(SoakTenant tenant, StackFolder stack, SoakTally tally, string where)
    {
        List<string> problems = [];
        var apply = await FastRetries.RunAsync(tenant.Tenant, stack, "apply", "--yes");
        if (apply.ExitCode != 0)
        {
            problems.Add($"apply exit {apply.ExitCode}\n{apply.All}");
        }
        var drift = await FastRetries.RunAsync(tenant.Tenant, stack, "drift");
        if (drift.ExitCode != 0)
        {
            problems.Add($"drift exit {drift.ExitCode}\n{drift.All}");
        }
        problems.AddRange(tenant.Violations());
        tally.Violation(where, problems.Count == 0 ? [] : [.. problems, File.ReadAllText(stack.StackFile)]);
    }
}
