using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>plan's exit code is the pull-request check: 0 nothing to do, 2 changes, 1 error or blocked.</summary>
public class PlanExitCodeScenarios
{
    [Fact]
    public async Task ABlockedPlanExitsOneAndItsJsonSaysWhy()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [All]\n");

        var plan = await tenant.RunAsync(stack, "plan", "--output", "json");

        Assert.Equal(1, plan.ExitCode);
        var report = JsonNode.Parse(plan.Stdout)!;
        Assert.False((bool?)report["canApply"]);
        var gate = Assert.Single(report["safety"]!.AsArray(), s => (bool?)s!["blocks"] == true);
        Assert.Equal("B2B2011", (string?)gate!["code"]);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task TheOverrideThatLiftsTheGateMakesItAPlanWithChangesAgain()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [All]\n");

        var plan = await tenant.RunAsync(stack, "plan", "--allow-all-users-without-break-glass", "--output", "json");

        Assert.Equal(2, plan.ExitCode);
        Assert.True((bool?)JsonNode.Parse(plan.Stdout)!["canApply"]);
    }

    [Fact]
    public async Task APlanWithNothingToDoExitsZero()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        var plan = await tenant.RunAsync(stack, "plan", "--output", "json");

        Assert.Equal(0, plan.ExitCode);
        Assert.Empty(JsonNode.Parse(plan.Stdout)!["actions"]!.AsArray());
    }
}
