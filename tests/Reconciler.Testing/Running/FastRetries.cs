using Reconciler.Emulator;
using Reconciler.Testing.Stacks;

namespace Reconciler.Testing.Running;

/// <summary>Runs the CLI with retry waits scaled to zero (RECONCILER_RETRY_SCALE), so a throttled run takes milliseconds.</summary>
public static class FastRetries
{
    public static Dictionary<string, string> Environment(string? token = null)
    {
        var environment = new Dictionary<string, string> { ["RECONCILER_RETRY_SCALE"] = "0" };
        if (token is not null)
        {
            environment["RECONCILER_GRAPH_TOKEN"] = token;
        }
        return environment;
    }

    public static Task<CliResult> RunAsync(LocalTenant tenant, StackFolder stack, params string[] args) =>
        CliRunner.RunAsync(stack.Path, Environment(), [.. args, "--graph-url", tenant.BaseUrl.ToString()]);
}
