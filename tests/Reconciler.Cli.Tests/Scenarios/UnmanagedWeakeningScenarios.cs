using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// Objects the stack does not declare, made through the local tenant's Graph API: they are never drift, but one that
/// weakens guest access of the declared scope leads the report, and <c>drift --fail-on weakening</c> exits 2 for it.
/// </summary>
public class UnmanagedWeakeningScenarios
{
    private const string Northwind = "9e8d7c6b-5a49-4382-9170-e6d5c4b3a291";

    private static async Task<(TenantFixture Tenant, StackFolder Stack)> AppliedSampleAsync()
    {
        var tenant = await TenantFixture.StartAsync();
        var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        return (tenant, stack);
    }

    [Fact]
    public async Task AnUndeclaredPartnerThatTrustsMfaLeadsTheReportAndFailsDriftOnlyWhenAsked()
    {
        var (tenant, stack) = await AppliedSampleAsync();
        await using var _ = tenant;
        using var __ = stack;
        await tenant.ByHandAsync(HttpMethod.Post, "policies/crossTenantAccessPolicy/partners",
            new JsonObject { ["tenantId"] = Northwind, ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = true } }.ToJsonString());

        var drift = await tenant.RunAsync(stack, "drift");
        var failing = await tenant.RunAsync(stack, "drift", "--fail-on", "weakening");
        var declaredScope = await tenant.RunAsync(stack, "drift", "--scope", "declared", "--fail-on", "weakening", "--output", "json");
        var markdown = await tenant.RunAsync(stack, "drift", "--output", "markdown");

        Assert.True(drift.ExitCode == 0, drift.All);
        Assert.StartsWith("Caution: 1 unmanaged object weakens guest access:", drift.Stdout.Split("\n\n")[1], StringComparison.Ordinal);
        Assert.Contains($"{Northwind} (inboundTrust accepts its MFA)", drift.Stdout);
        Assert.Equal(2, failing.ExitCode);
        Assert.Equal(2, declaredScope.ExitCode);
        var row = JsonNode.Parse(declaredScope.Stdout)!["unmanaged"]!.AsArray().Single(r => (string?)r!["key"] == Northwind)!;
        Assert.Equal("weakens", (string?)row["effect"]);
        Assert.Contains("> [!CAUTION]\n> 1 unmanaged object weakens guest access:", markdown.Stdout);
    }

    [Fact]
    public async Task AnUndeclaredPartnerThatOnlyInheritsTheDefaultIsListedButDoesNotFail()
    {
        var (tenant, stack) = await AppliedSampleAsync();
        await using var _ = tenant;
        using var __ = stack;
        await tenant.ByHandAsync(HttpMethod.Post, "policies/crossTenantAccessPolicy/partners", new JsonObject { ["tenantId"] = Northwind }.ToJsonString());

        var failing = await tenant.RunAsync(stack, "drift", "--fail-on", "weakening");
        var strict = await tenant.RunAsync(stack, "drift", "--fail-on", "unmanaged");

        Assert.True(failing.ExitCode == 0, failing.All);
        Assert.Contains(Northwind, failing.Stdout);
        Assert.DoesNotContain("Caution", failing.Stdout);
        Assert.Equal(2, strict.ExitCode);
    }

    [Fact]
    public async Task AnUndeclaredMfaPolicyExcludingTheGuestWeakensOnlyWhileNoDeclaredPolicyAsksThemForMfa()
    {
        var (tenant, stack) = await AppliedSampleAsync();
        await using var _ = tenant;
        using var __ = stack;
        var alex = (string)tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]!;
        await tenant.ByHandAsync(HttpMethod.Post, "identity/conditionalAccess/policies", $$"""
            { "displayName": "Guest MFA (security team)", "state": "enabled",
              "conditions": { "clientAppTypes": ["all"], "applications": { "includeApplications": ["All"] },
                "users": { "includeUsers": ["GuestsOrExternalUsers"], "excludeUsers": ["{{alex}}"] } },
              "grantControls": { "operator": "OR", "builtInControls": ["mfa"] } }
            """);

        var covered = await tenant.RunAsync(stack, "drift", "--fail-on", "weakening");
        stack.Edit("      state: enabled", "      state: enabledForReportingButNotEnforced");
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var uncovered = await tenant.RunAsync(stack, "drift", "--fail-on", "weakening");

        Assert.True(covered.ExitCode == 0, covered.All);
        Assert.Equal(2, uncovered.ExitCode);
        Assert.Contains("Guest MFA (security team)", uncovered.Stdout.Split("\n\n")[1]);
        Assert.Contains($"excludes {TenantFixture.AlexEmail}", uncovered.Stdout);
    }

    [Fact]
    public async Task FailOnRefusesAnUnknownValue()
    {
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, new Dictionary<string, string>(), "drift", "--fail-on", "weak");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("weakening", result.All);
    }
}
