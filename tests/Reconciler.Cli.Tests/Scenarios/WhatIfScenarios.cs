using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// `whatif --against live` on the tutorial: our evaluator and the tenant's own What If API (the local tenant's subset
/// of Graph's evaluate) judge the same sign-ins, and agree.
/// </summary>
public class WhatIfScenarios
{
    private const string Policy = "Require MFA for B2B portal access";
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    [Fact]
    public async Task BeforeAndAfterTheTutorialBothVerdictsAgreeForTheGuestAndTheBreakGlassAccount()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        tenant.Store.AddGuest(TenantFixture.AlexEmail, "Alex Wilber (Fabrikam)");

        var before = await WhatIfAsync(tenant, stack, TenantFixture.AlexEmail);
        Assert.Equal("noPolicy", (string?)before["outcome"]!["result"]);
        Assert.True((bool)before["graph"]!["available"]!);
        Assert.Empty(before["graph"]!["policies"]!.AsArray());

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        var after = await WhatIfAsync(tenant, stack, TenantFixture.AlexEmail);
        Assert.True((bool)Ours(after)["applies"]!);
        var graphAfter = Graph(after);
        Assert.True((bool)graphAfter["applies"]!);
        Assert.True((bool)graphAfter["agrees"]!);

        var breakGlass = await WhatIfAsync(tenant, stack, TenantFixture.BreakGlassEmail);
        Assert.Equal("users", (string?)Ours(breakGlass)["reasons"]![0]);
        var graphBreakGlass = Graph(breakGlass);
        Assert.False((bool)graphBreakGlass["applies"]!);
        Assert.Equal(["users"], graphBreakGlass["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.True((bool)graphBreakGlass["agrees"]!);
    }

    [Fact]
    public async Task TheTextShowsGraphsVerdictUnderOursAndTheFlagLeavesItOut()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        string[] alex = ["whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--against", "live"];

        var text = await tenant.RunAsync(stack, alex);
        Assert.True(text.ExitCode == 0, text.All);
        Assert.Contains("Graph's evaluate API says (agrees on 1 of 1)", text.Stdout);
        Assert.Contains($"  agree    {Policy}: applies", text.Stdout);

        var evaluations = tenant.Tenant.Requests.Entries.Count(IsEvaluate);
        var without = await tenant.RunAsync(stack, [.. alex, "--no-graph-evaluate", "--output", "json"]);
        Assert.Equal(0, without.ExitCode);
        Assert.Null(JsonNode.Parse(without.Stdout)!["graph"]);
        Assert.Equal(evaluations, tenant.Tenant.Requests.Entries.Count(IsEvaluate));
    }

    [Fact]
    public async Task ASignInTheTenantCannotPlaceIsReportedAsNotAvailableWithoutFailing()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var result = await tenant.RunAsync(stack, "whatif", "--user", "nobody@fabrikam.example", "--app", AzureManagement, "--against", "live");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("Graph's evaluate API: not available ('nobody@fabrikam.example' is not a user of the tenant", result.Stdout);
    }

    private static async Task<JsonNode> WhatIfAsync(TenantFixture tenant, StackFolder stack, string user)
    {
        var result = await tenant.RunAsync(stack, "whatif", "--user", user, "--app", AzureManagement, "--against", "live", "--output", "json");
        Assert.True(result.ExitCode == 0, result.All);
        return JsonNode.Parse(result.Stdout)!;
    }

    private static JsonNode Ours(JsonNode report) =>
        report["policies"]!.AsArray().Single(p => (string?)p!["displayName"] == Policy)!;

    private static JsonNode Graph(JsonNode report) =>
        report["graph"]!["policies"]!.AsArray().Single(p => (string?)p!["displayName"] == Policy)!;

    private static bool IsEvaluate(Emulator.LoggedRequest request) =>
        request.PathAndQuery.StartsWith("/identity/conditionalAccess/evaluate", StringComparison.Ordinal);
}
