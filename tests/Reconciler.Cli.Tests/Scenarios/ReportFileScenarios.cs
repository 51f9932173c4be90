using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>One run, several reports: each --out in the format of its extension, from a single read of the tenant.</summary>
public class ReportFileScenarios
{
    [Fact]
    public async Task OnePlanWritesMarkdownAndJsonFromOneRead()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunAsync(stack, "plan", "--out", "plan.md", "--out", "plan.json", "--out", "plan.txt");

        Assert.True(plan.ExitCode == 2, plan.All);
        Assert.Empty(plan.Stdout);
        Assert.Contains("| ", File.ReadAllText(Path.Combine(stack.Path, "plan.md")));
        Assert.Equal("plan", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(stack.Path, "plan.json")))!["kind"]);
        Assert.Contains("to add", File.ReadAllText(Path.Combine(stack.Path, "plan.txt")));
        Assert.Equal(1, tenant.Tenant.Requests.Entries.Count(r => r.PathAndQuery.StartsWith("/identity/conditionalAccess/policies", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AFileWithoutAKnownExtensionTakesOutput()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var drift = await tenant.RunAsync(stack, "drift", "--output", "json", "--out", "drift.report");

        Assert.Equal(2, drift.ExitCode);
        Assert.Equal("drift", (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(stack.Path, "drift.report")))!["kind"]);
    }
}
