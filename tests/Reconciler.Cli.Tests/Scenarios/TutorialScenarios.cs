using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>The tutorial "Enforce multifactor authentication for B2B guest users", told as the product runs it.</summary>
public class TutorialScenarios
{
    private const string Policy = "Require MFA for B2B portal access";
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    [Fact]
    public async Task FromAnEmptyTenantApplyConvergesAndASecondApplyWritesNothing()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var drift = await tenant.RunAsync(stack, "drift");
        Assert.Equal(2, drift.ExitCode);

        var apply = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);
        Assert.Contains("A fresh plan is empty", apply.Stdout);
        Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Single(tenant.PoliciesNamed(Policy));
        Assert.Single(tenant.Store.Partners());

        var writes = tenant.Tenant.Requests.WriteCount;
        var again = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("No changes", again.Stdout);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);

        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
        Assert.Equal(0, (await tenant.RunAsync(stack, "plan")).ExitCode);
    }

    [Fact]
    public async Task TheSampleStartingPointDriftsUntilApplied()
    {
        await using var tenant = await TenantFixture.StartWithSampleAsync();
        using var stack = StackFolder.WithSample();

        var drift = await tenant.RunAsync(stack, "drift");
        Assert.Equal(2, drift.ExitCode);
        Assert.Contains("enabledForReportingButNotEnforced -> enabled", drift.Stdout);
        Assert.Contains("b2bCollaborationMember", drift.Stdout);
        Assert.Contains("3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d (Fabrikam) (missing)", drift.Stdout);
        Assert.Contains("megan@northwind.example", drift.Stdout);

        var plan = await tenant.RunAsync(stack, "plan");
        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("Sign-in impact", plan.Stdout);
        Assert.Contains("guests from Fabrikam", plan.Stdout);
        Assert.Contains("1 to add, 2 to change, 0 to remove", plan.Stdout);

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
        Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Single(tenant.UsersWithMail("megan@northwind.example"));
    }

    [Fact]
    public async Task WhatIfReadsTheTutorialBeforeAfterAndWithTrust()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        string[] alex = ["whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--output", "json"];

        var before = await tenant.RunAsync(stack, [.. alex, "--against", "live"]);
        Assert.Contains("\"result\": \"noPolicy\"", before.Stdout);

        var declared = await CliRunner.RunAsync(stack.Path, alex);
        Assert.Contains("\"result\": \"grant\"", declared.Stdout);
        Assert.Contains("\"mfa\": \"resourceTenant\"", declared.Stdout);

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var trusted = await tenant.RunAsync(stack, [.. alex, "--against", "live", "--home-tenant", TenantFixture.FabrikamTenantId]);
        Assert.Contains("\"result\": \"grant\"", trusted.Stdout);
        Assert.Contains("\"mfa\": \"homeTenant\"", trusted.Stdout);

        var breakGlass = await tenant.RunAsync(stack, "whatif", "--user", TenantFixture.BreakGlassEmail, "--app", AzureManagement, "--against", "live", "--output", "json");
        Assert.Contains("\"result\": \"noPolicy\"", breakGlass.Stdout);
    }

    [Fact]
    public async Task DestroyRemovesWhatTheStackDeclaresAndLeavesTheRest()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        tenant.Store.AddGuest("megan@northwind.example", "Megan Bowen");
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        var refused = await tenant.RunAsync(stack, "destroy");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("3 to remove", refused.Stdout);
        Assert.Single(tenant.PoliciesNamed(Policy));

        Assert.Equal(0, (await tenant.RunAsync(stack, "destroy", "--yes")).ExitCode);
        Assert.Empty(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Empty(tenant.PoliciesNamed(Policy));
        Assert.Empty(tenant.Store.Partners());
        Assert.Single(tenant.UsersWithMail("megan@northwind.example"));
        Assert.Single(tenant.UsersWithMail(TenantFixture.BreakGlassEmail));

        var afterCleanUp = await tenant.RunAsync(stack, "drift");
        Assert.Equal(2, afterCleanUp.ExitCode);
        Assert.Contains($"guest {TenantFixture.AlexEmail} (deleted, in the recycle bin, strengthens guest access)", afterCleanUp.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGuestDeletedByHandIsDriftAndApplyRestoresItFromTheRecycleBin()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var id = await ApplyAndFindAlexAsync(tenant, stack);

        await tenant.ByHandAsync(HttpMethod.Delete, $"users/{id}");
        var drift = await tenant.RunAsync(stack, "drift");
        var plan = await tenant.RunAsync(stack, "plan");

        Assert.Equal(2, drift.ExitCode);
        Assert.Contains($"guest {TenantFixture.AlexEmail} (deleted, in the recycle bin, strengthens guest access)", drift.Stdout, StringComparison.Ordinal);
        Assert.Contains("deletedDateTime", drift.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 to add", plan.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        Assert.Equal(id, (string?)tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]);
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }

    [Fact]
    public async Task AGuestTurnedMemberAndDisabledByHandIsDriftThatApplyReverts()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var id = await ApplyAndFindAlexAsync(tenant, stack);

        await tenant.ByHandAsync(HttpMethod.Patch, $"users/{id}", """{"userType": "Member", "accountEnabled": false}""");
        var drift = await tenant.RunAsync(stack, "drift");

        Assert.Equal(2, drift.ExitCode);
        Assert.Contains("userType", drift.Stdout, StringComparison.Ordinal);
        Assert.Contains("accountEnabled", drift.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        Assert.Equal(("Guest", true), ((string?)tenant.Store.GetUser(id)!["userType"], (bool?)tenant.Store.GetUser(id)!["accountEnabled"]));
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }

    [Fact]
    public async Task ASecondPolicyWithTheDeclaredNameInAnyCasingIsAnErrorThatNeverReadsInSync()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        await ApplyAndFindAlexAsync(tenant, stack);
        var policy = tenant.PoliciesNamed(Policy).Single().DeepClone().AsObject();
        policy["displayName"] = Policy.ToUpperInvariant();
        policy["state"] = "disabled";
        foreach (var serverOwned in new[] { "id", "createdDateTime", "modifiedDateTime", "deletedDateTime", "templateId" })
        {
            policy.Remove(serverOwned);
        }
        await tenant.ByHandAsync(HttpMethod.Post, "identity/conditionalAccess/policies", policy.ToJsonString());

        var drift = await tenant.RunAsync(stack, "drift", "--output", "json");

        Assert.Equal(1, drift.ExitCode);
        var report = System.Text.Json.Nodes.JsonNode.Parse(drift.Stdout)!;
        Assert.False((bool)report["inSync"]!);
        Assert.Equal(2, report["drift"]!.AsArray().Count(r => (string?)r!["resourceType"] == "conditionalAccessPolicy"));
        Assert.Contains(report["diagnostics"]!.AsArray(), d => (string?)d!["code"] == "B2B2003");
    }

    /// <summary>Applies the sample stack and returns the object id of the guest it invited.</summary>
    private static async Task<string> ApplyAndFindAlexAsync(TenantFixture tenant, StackFolder stack)
    {
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        return (string)tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]!;
    }
}
