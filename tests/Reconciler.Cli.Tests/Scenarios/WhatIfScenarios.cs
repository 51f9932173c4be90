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

    [Fact]
    public async Task ADeclaredGuestIsJudgedFromTheHomeTenantItsEmailDomainBelongsTo()
    {
        const string fabrikam = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
        await using var tenant = await TenantFixture.StartAsync();
        tenant.Store.AddTenantInformation(fabrikam, "Fabrikam", "fabrikam.example");
        using var stack = StackFolder.WithSample();
        tenant.Store.AddGuest(TenantFixture.AlexEmail, "Alex Wilber (Fabrikam)");

        // Before apply, the plan already judges alex as a guest from Fabrikam, whose MFA the stack trusts.
        var plan = await tenant.RunAsync(stack, "plan");
        Assert.True(plan.ExitCode == 2, plan.All);
        var alexRow = plan.Stdout.Split('\n').Single(line => line.TrimStart().StartsWith(TenantFixture.AlexEmail + " ", StringComparison.Ordinal) && line.Contains("Windows Azure Service Management API", StringComparison.Ordinal));
        Assert.EndsWith("home-tenant MFA trusted)", alexRow.TrimEnd());
        Assert.DoesNotContain("B2B2101", plan.All);

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var after = await WhatIfAsync(tenant, stack, TenantFixture.AlexEmail);
        Assert.Equal(fabrikam, (string?)after["user"]!["homeTenantId"]);
        Assert.Equal("fabrikam.example", (string?)after["user"]!["homeTenantInferredFrom"]);
        Assert.Equal("homeTenant", (string?)after["outcome"]!["mfa"]);

        var text = await tenant.RunAsync(stack, "whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--against", "live");
        Assert.Contains($"home tenant {fabrikam} (inferred from fabrikam.example)", text.Stdout);
        Assert.Contains("MFA: satisfied by the home tenant's MFA", text.Stdout);

        // Told otherwise, the user's word wins over the inference.
        var other = await tenant.RunAsync(stack, "whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--against", "live",
            "--home-tenant", "99999999-9999-4999-8999-999999999999", "--output", "json");
        Assert.Null((string?)JsonNode.Parse(other.Stdout)!["user"]!["homeTenantInferredFrom"]);
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
