using Reconciler.Cli.Tests.Support;
namespace Reconciler.Cli.Tests.Reliability.Support;

/// <summary>Runs the CLI with retry waits scaled to zero (RECONCILER_RETRY_SCALE), so a throttled run takes milliseconds.</summary>
internal static class FastRetries
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

    public static Task<CliResult> RunAsync(TenantFixture tenant, StackFolder stack, params string[] args) =>
        CliRunner.RunAsync(stack.Path, Environment(), [.. args, "--graph-url", tenant.GraphUrl]);
}
