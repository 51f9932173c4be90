using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// <c>ignoreChanges</c> against the local tenant: another team changes an ignored path through Graph, drift stays in
/// sync and says the path is ignored, apply leaves it, and a change anywhere else still drifts and is reverted.
/// </summary>
public class IgnoreChangesScenarios
{
    private const string Policy = "Require MFA for B2B portal access";
    private const string Group = "e0000000-0000-4000-8000-0000000000e1";

    private static StackFolder SampleIgnoringExcludedGroups()
    {
        var stack = StackFolder.WithSample();
        stack.Edit("      grantControls:\n        operator: OR", "      ignoreChanges: [conditions.users.excludeGroups]\n      grantControls:\n        operator: OR");
        return stack;
    }

    private static async Task ChangeUsersByHandAsync(TenantFixture tenant, Action<JsonObject> change)
    {
        var id = (string)tenant.PoliciesNamed(Policy).Single()["id"]!;
        var policy = (await tenant.ByHandAsync(HttpMethod.Get, $"identity/conditionalAccess/policies/{id}"))!;
        var conditions = policy["conditions"]!.DeepClone().AsObject();
        change(conditions["users"]!.AsObject());
        await tenant.ByHandAsync(HttpMethod.Patch, $"identity/conditionalAccess/policies/{id}", new JsonObject { ["conditions"] = conditions }.ToJsonString());
    }

    private static JsonArray? LiveExcludedGroups(TenantFixture tenant) =>
        tenant.PoliciesNamed(Policy).Single()["conditions"]!["users"]!["excludeGroups"] as JsonArray;

    [Fact]
    public async Task AnotherTeamsExclusionIsNotDriftIsReportedAsIgnoredAndSurvivesApply()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = SampleIgnoringExcludedGroups();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        await ChangeUsersByHandAsync(tenant, users => users["excludeGroups"] = new JsonArray(Group));
        var drift = await tenant.RunAsync(stack, "drift");
        var json = JsonNode.Parse((await tenant.RunAsync(stack, "drift", "--output", "json")).Stdout)!;

        Assert.True(drift.ExitCode == 0, drift.All);
        Assert.Contains("ignored: conditions.users.excludeGroups", drift.Stdout);
        Assert.Equal("conditions.users.excludeGroups", (string?)json["ignored"]![0]!["path"]);

        // A change the stack does manage, in the same block: drift names it alone, and apply reverts it but keeps the group.
        await ChangeUsersByHandAsync(tenant, users => users["excludeRoles"] = new JsonArray("62e90394-69f5-4237-9190-012177145e10"));
        var second = await tenant.RunAsync(stack, "drift", "--output", "json");
        var paths = JsonNode.Parse(second.Stdout)!["drift"]!.AsArray().SelectMany(r => r!["properties"]!.AsArray()).Select(p => (string)p!["path"]!).ToList();
        Assert.Equal(2, second.ExitCode);
        Assert.Equal(["conditions.users.excludeRoles"], paths);

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        Assert.Equal([Group], LiveExcludedGroups(tenant)!.Select(g => (string)g!));
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }

    [Fact]
    public async Task WithoutTheIgnoreTheSameExclusionDriftsAndApplyRemovesIt()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        await ChangeUsersByHandAsync(tenant, users => users["excludeGroups"] = new JsonArray(Group));

        Assert.Equal(2, (await tenant.RunAsync(stack, "drift")).ExitCode);
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        Assert.Empty(LiveExcludedGroups(tenant) ?? []);
    }

    [Fact]
    public async Task AMisspelledPathStopsValidateAtItsLine()
    {
        using var stack = StackFolder.WithSample();
        stack.Edit("      grantControls:\n        operator: OR", "      ignoreChanges: [conditions.users.excludeGroup]\n      grantControls:\n        operator: OR");

        var result = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string>(), "validate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error B2B1040", result.All);
        Assert.Contains("Did you mean 'conditions.users.excludeGroups'?", result.All);
    }
}
