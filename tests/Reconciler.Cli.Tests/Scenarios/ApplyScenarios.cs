using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>Our own engine: level-based, idempotent, and guarded against lockout.</summary>
public class ApplyScenarios
{
    private const string PolicyName = "Require MFA for B2B portal access";

    [Fact]
    public async Task AnExistingGuestIsAdoptedNotInvitedAgain()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var existing = tenant.Store.AddGuest(TenantFixture.AlexEmail, "Alex Wilber (Fabrikam)");

        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        var alex = Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Equal((string?)existing["id"], (string?)alex["id"]);
        Assert.DoesNotContain(tenant.Tenant.Requests.Entries, r => r.Method == "POST" && r.PathAndQuery.Contains("/invitations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EachKindOfChangeConvergesAndEnsureAbsentRemoves()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        stack.Edit("displayName: Alex Wilber (Fabrikam)", "displayName: Alex W. (Fabrikam)");
        stack.Edit("state: enabled", "state: disabled");
        stack.Edit("isMfaAccepted: true", "isMfaAccepted: false");
        stack.Edit("        isMfaAccepted: false\n    partners:", "        isMfaAccepted: true\n    partners:");
        Assert.Equal(2, (await tenant.RunAsync(stack, "plan")).ExitCode);
        var changed = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.True(changed.ExitCode == 0, changed.All);
        Assert.Equal("Alex W. (Fabrikam)", (string?)tenant.UsersWithMail(TenantFixture.AlexEmail)[0]["displayName"]);
        Assert.Equal("disabled", (string?)tenant.PoliciesNamed(PolicyName)[0]["state"]);
        Assert.Equal(true, (bool?)tenant.Store.CrossTenantDefault()["inboundTrust"]?["isMfaAccepted"]);

        stack.Edit("sendInvitationMessage: true", "sendInvitationMessage: true\n      ensure: absent");
        stack.Edit("    - displayName: Require MFA for B2B portal access", "    - displayName: Require MFA for B2B portal access\n      ensure: absent");
        stack.Edit("        name: Fabrikam", "        name: Fabrikam\n        ensure: absent");
        var removed = await tenant.RunAsync(stack, "apply", "--yes");
        Assert.True(removed.ExitCode == 0, removed.All);
        Assert.Empty(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Single(tenant.Store.DeletedUsers(), u => (string?)u["mail"] == TenantFixture.AlexEmail);
        Assert.Empty(tenant.PoliciesNamed(PolicyName));
        Assert.Empty(tenant.Store.Partners());
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }

    [Fact]
    public async Task ALockoutOfTheBreakGlassAccountIsRefusedWithoutAWrite()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [breakglass@contoso.example]\n");

        var refused = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("B2B2010", refused.All);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);

        var overridden = await tenant.RunAsync(stack, "apply", "--yes", "--allow-break-glass-lockout");
        Assert.True(overridden.ExitCode == 0, overridden.All);
    }

    [Fact]
    public async Task AnAllUsersPolicyThatForgetsTheBreakGlassAccountIsRefusedWithoutAWrite()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("          excludeUsers:\n            - breakglass@contoso.example\n", "          includeUsers: [All]\n");

        var refused = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("B2B2011", refused.All);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task WhenPulumiOwnsTheTenantApplyAndDestroyRefuse()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("  b2b:graphUrl: local\n", "  b2b:graphUrl: local\n  b2b:engine: pulumi\n");

        var apply = await tenant.RunAsync(stack, "apply", "--yes");
        var destroy = await tenant.RunAsync(stack, "destroy", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("B2B2015", apply.All);
        Assert.Contains("pulumi up", apply.All);
        Assert.Equal(1, destroy.ExitCode);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
        Assert.Equal(2, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }

    [Fact]
    public async Task AStackForAnotherTenantStopsBeforeAnyDataIsRead()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        stack.Edit("azuread:tenantId: 0f4e6c1a-0000-4000-8000-000000000001", "azuread:tenantId: 11111111-2222-4333-8444-555555555555");

        var apply = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Matches(@"error B2B3\d{3}", apply.All);
        Assert.DoesNotContain(tenant.Tenant.Requests.Entries, r => r.PathAndQuery.Contains("/users", StringComparison.Ordinal) || r.PathAndQuery.Contains("/identity", StringComparison.Ordinal));
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task TheConfirmationShowsExactlyWhatPlanShowedSignInImpactAndWarningsIncluded()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunAsync(stack, "plan");
        var apply = await tenant.RunAsync(stack, "apply");

        Assert.Equal(2, plan.ExitCode);
        Assert.Contains("Sign-in impact", plan.Stdout);
        Assert.Contains("B2B21", plan.Stdout);
        Assert.StartsWith(plan.Stdout.TrimEnd(), apply.Stdout);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }

    [Fact]
    public async Task WithoutYesAndWithoutATerminalNothingIsWritten()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var apply = await tenant.RunAsync(stack, "apply");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("B2B2202", apply.Stderr);
        Assert.Contains("to add", apply.Stdout);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }
}
