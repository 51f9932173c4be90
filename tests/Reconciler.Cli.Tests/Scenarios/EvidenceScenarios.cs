using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// Evidence before enforcement, as a reviewer meets it: the tenant's own sign-ins of the last month replayed against
/// the change in the pull request, and a report-only policy promoted only when the service's results allow it.
/// </summary>
public class EvidenceScenarios
{
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    private const string MfaClaim = "MFA requirement satisfied by claim in the token";

    [Fact]
    public async Task TheSampleMonthOfSignInsCountsWhomTheSampleChangeChallengesSatisfiesAtHomeAndBlocks()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunAsync(stack, "plan", "--evidence", "30", "--output", "json");
        var evidence = JsonNode.Parse(plan.Stdout)!["evidence"]!;

        // By hand, from the sample seed's schedule: Alex (Fabrikam) signs in 3 times a day for 30 days, cycling three
        // apps, so 30 of 90 go to the Azure management API, which the change enforces MFA for; every second sign-in
        // carries home-tenant MFA, so 15 of those 30, which the Fabrikam trust the change adds accepts. Megan
        // (Northwind, no partner entry) signs in once a day cycling two apps: 15 of 30 to the API, all to do MFA
        // here. The break-glass member's 30 sign-ins are not guests'. Nothing is blocked.
        Assert.Equal(2, plan.ExitCode);
        Assert.Equal((120, 2, 45, 15, 0, 75), Totals(evidence["totals"]!));
        Assert.Equal(30, (int)evidence["otherSignIns"]!);
        Assert.True((bool)evidence["available"]!);
        Assert.Equal(HandCount(tenant), ((int)evidence["totals"]!["newlyMfa"]!, (int)evidence["totals"]!["satisfiedAtHome"]!));

        var text = await tenant.RunAsync(stack, "plan", "--evidence", "30");
        Assert.Contains("This change would have challenged 45 of 120 guest sign-ins in the last 30 days (15 of them already did MFA at home and pass on declared trust); none would have been blocked.", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("Replay against the service: 100% agree", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclaredScopeReadsOnlyTheDeclaredGuestsSignInsFilteredOnTheServer()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        var alexId = (string)tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]!;
        tenant.Tenant.Requests.Clear();

        var evidence = JsonNode.Parse((await tenant.RunAsync(stack, "evidence", "--scope", "declared", "--output", "json")).Stdout)!["evidence"]!;

        Assert.Equal((90, 1, 30, 15, 0, 60), Totals(evidence["totals"]!));
        Assert.Equal(90, (int)evidence["signInsRead"]!);
        var reads = tenant.Tenant.Requests.Entries.Where(r => r.PathAndQuery.Contains("/auditLogs/signIns", StringComparison.Ordinal)).ToList();
        Assert.Equal((int)evidence["requests"]!, reads.Count);
        var query = Uri.UnescapeDataString(reads.Single().PathAndQuery);
        Assert.Contains("createdDateTime ge ", query, StringComparison.Ordinal);
        Assert.Contains($"userId eq '{alexId}'", query, StringComparison.Ordinal);
        Assert.Contains("$top=999", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestSignedInOverTheLocalRouteIsEvidenceAtOnce()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var alex = tenant.Store.AddUser(Guest("7c2e5b10-4a9d-4c61-8e3b-000000000a01", TenantFixture.AlexEmail));
        tenant.Store.AddTenantInformation(TenantFixture.FabrikamTenantId, "Fabrikam", "fabrikam.example");

        var logged = await tenant.ByHandAsync(HttpMethod.Post, "local/signIns",
            $$"""{"userId": "{{alex["id"]}}", "appId": "{{AzureManagement}}", "appDisplayName": "Windows Azure Service Management API", "clientAppUsed": "Browser", "operatingSystem": "Windows 10", "homeTenantMfa": true}""");
        Assert.Equal(TenantFixture.AlexEmail, (string?)logged!["userPrincipalName"]);
        Assert.Equal(MfaClaim, (string?)logged["status"]!["additionalDetails"]);

        var evidence = JsonNode.Parse((await tenant.RunAsync(stack, "evidence", "--output", "json")).Stdout)!["evidence"]!;

        // No policy yet: the stack's policy would ask for MFA, and the Fabrikam trust it adds accepts the home MFA.
        Assert.Equal((1, 1, 1, 1, 0, 0), Totals(evidence["totals"]!));
        Assert.Equal("Fabrikam", (string?)evidence["rows"]![0]!["partner"]);
    }

    [Fact]
    public async Task EnablingAReportOnlyPolicyThatFailedSignInsIsAWarningAndWithRequireEvidenceApplyRefusesAndWritesNothing()
    {
        await using var tenant = await TenantFixture.StartWithSeedAsync(await LegacyBlockTenant.SeedAsync());
        using var stack = StackFolder.With(LegacyBlockTenant.Stack);

        var warned = await tenant.RunAsync(stack, "plan", "--evidence", "30");
        Assert.Equal(2, warned.ExitCode);
        Assert.Contains("warning B2B2501", warned.Stdout, StringComparison.Ordinal);
        Assert.Contains("reportOnlyFailure 10", warned.Stdout, StringComparison.Ordinal);

        stack.Edit("  b2b:breakGlassAccounts:", "  b2b:promotion: requireEvidence\n  b2b:breakGlassAccounts:");
        var blocked = await tenant.RunAsync(stack, "plan", "--output", "json");
        var report = JsonNode.Parse(blocked.Stdout)!;
        Assert.Equal(1, blocked.ExitCode);
        Assert.False((bool)report["canApply"]!);
        Assert.Contains("B2B2501", report["blockedBy"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(10, (int)report["evidence"]!["promotions"]![0]!["reportOnlyFailure"]!);

        var writes = tenant.Tenant.Requests.WriteCount;
        var apply = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2501", apply.Stdout, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", apply.Stdout, StringComparison.Ordinal);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);
        Assert.Equal("enabledForReportingButNotEnforced", (string?)tenant.Store.ConditionalAccessPolicies().Single()["state"]);
    }

    [Fact]
    public async Task WithoutAuditLogReadThePlanWorksWithoutEvidenceButRequireEvidenceRefuses()
    {
        await using var tenant = await TenantFixture.StartWithSeedAsync(await LegacyBlockTenant.SeedAsync());
        using var stack = StackFolder.With(LegacyBlockTenant.Stack);
        var token = tenant.Tenant.CreateToken([.. Emulator.LocalTenant.AllRoles.Where(r => r != "AuditLog.Read.All")]);

        var plan = await tenant.RunWithTokenAsync(stack, token, "plan", "--evidence", "30");
        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("warning B2B3023", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("No evidence: the sign-in log could not be read (B2B3023).", plan.Stdout, StringComparison.Ordinal);

        var evidence = await tenant.RunWithTokenAsync(stack, token, "evidence");
        Assert.Equal(1, evidence.ExitCode);
        Assert.Contains("error B2B3023", evidence.Stderr, StringComparison.Ordinal);

        stack.Edit("  b2b:breakGlassAccounts:", "  b2b:promotion: requireEvidence\n  b2b:breakGlassAccounts:");
        var writes = tenant.Tenant.Requests.WriteCount;
        var apply = await tenant.RunWithTokenAsync(stack, token, "apply", "--yes");
        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2502", apply.Stdout, StringComparison.Ordinal);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task ATenantWithoutAPremiumLicenceGetsNoSignInLog()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        tenant.Store.SetPremiumLicence(false);

        var evidence = await tenant.RunAsync(stack, "evidence");
        var plan = await tenant.RunAsync(stack, "plan", "--evidence", "7", "--output", "json");

        Assert.Equal(1, evidence.ExitCode);
        Assert.Contains("error B2B3024", evidence.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, plan.ExitCode);
        Assert.False((bool)JsonNode.Parse(plan.Stdout)!["evidence"]!["available"]!);
    }

    [Fact]
    public async Task AnEvidenceRunThatCannotReadTheLogStillWritesItsHtmlPageSayingWhy()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();
        tenant.Store.SetPremiumLicence(false);

        var evidence = await tenant.RunAsync(stack, "evidence", "--output", "html");

        Assert.Equal(1, evidence.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", evidence.Stdout, StringComparison.Ordinal);
        Assert.Contains("<h1>reconciler evidence stopped before its report</h1>", evidence.Stdout, StringComparison.Ordinal);
        Assert.Contains("error B2B3024", evidence.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("31")]
    public async Task AWindowEntraCannotServeIsRefusedBeforeAnyRead(string days)
    {
        using var stack = StackFolder.WithSample();

        var plan = await CliRunner.RunAsync(stack.Path, "plan", "--evidence", days);

        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("error B2B1116", plan.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// An independent count over the raw log, by the sample's rules: a guest's sign-in to the Azure management API is
    /// newly asked for MFA; it passes at home when the log shows the home MFA claim and the guest is Fabrikam's.
    /// </summary>
    private static (int NewlyMfa, int AtHome) HandCount(TenantFixture tenant)
    {
        var guests = tenant.Store.Users().Where(u => (string?)u["userType"] == "Guest").ToDictionary(u => (string)u["id"]!, u => (string?)u["mail"]);
        var api = tenant.Store.SignIns().Where(s => (string?)s["appId"] == AzureManagement && guests.ContainsKey((string)s["userId"]!)).ToList();
        var atHome = api.Count(s => (string?)s["status"]!["additionalDetails"] == MfaClaim && guests[(string)s["userId"]!]!.EndsWith("@fabrikam.example", StringComparison.Ordinal));
        return (api.Count, atHome);
    }

    private static (int, int, int, int, int, int) Totals(JsonNode totals) =>
        ((int)totals["signIns"]!, (int)totals["guests"]!, (int)totals["newlyMfa"]!, (int)totals["satisfiedAtHome"]!, (int)totals["blocked"]!, (int)totals["unaffected"]!);

    private static JsonObject Guest(string id, string email) => new()
    {
        ["id"] = id,
        ["displayName"] = "Alex Wilber",
        ["mail"] = email,
        ["userPrincipalName"] = email.Replace('@', '_') + "#EXT#@contoso.onmicrosoft.com",
        ["userType"] = "Guest",
        ["creationType"] = "Invitation",
        ["externalUserState"] = "Accepted",
        ["accountEnabled"] = true,
    };
}
