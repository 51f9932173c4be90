using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>Who the break-glass account is: a member found by its own address, and never silently someone new.</summary>
public class BreakGlassScenarios
{
    private const string Policy = "Require MFA for B2B portal access";

    [Fact]
    public async Task ABreakGlassAddressThatNowNamesANewAccountBlocksApplyAndNothingIsWritten()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var original = (string)tenant.UsersWithMail(TenantFixture.BreakGlassEmail).Single()["id"]!;
        // The account is deleted and its address given to a new member; someone also widens the policy by hand,
        // so the plan has to patch its conditions.
        await tenant.ByHandAsync(HttpMethod.Delete, $"users/{original}");
        var newcomer = (string)tenant.Store.AddMember(TenantFixture.BreakGlassEmail, "Not the break-glass account")["id"]!;
        var policyId = (string)tenant.PoliciesNamed(Policy).Single()["id"]!;
        await tenant.ByHandAsync(HttpMethod.Patch, $"identity/conditionalAccess/policies/{policyId}", """{"conditions": {"signInRiskLevels": ["high"]}}""");
        var writes = tenant.Tenant.Requests.WriteCount;

        var apply = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("B2B2008", apply.All, StringComparison.Ordinal);
        Assert.Contains(newcomer, apply.All, StringComparison.Ordinal);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);
        var excluded = tenant.PoliciesNamed(Policy).Single()["conditions"]!["users"]!["excludeUsers"]!.AsArray().Select(n => (string?)n);
        Assert.Equal([original], excluded);
    }

    [Fact]
    public async Task AGuestListingTheBreakGlassAddressInOtherMailsIsNeverExcludedInItsPlace()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        var impostor = tenant.Store.AddGuest("mallory@fabrikam.example", "Mallory");
        await tenant.ByHandAsync(HttpMethod.Patch, $"users/{impostor["id"]}", $$"""{"otherMails": ["{{TenantFixture.BreakGlassEmail}}"]}""");

        var apply = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.True(apply.ExitCode == 0, apply.All);
        var breakGlass = (string)tenant.UsersWithMail(TenantFixture.BreakGlassEmail).Single()["id"]!;
        var excluded = tenant.PoliciesNamed(Policy).Single()["conditions"]!["users"]!["excludeUsers"]!.AsArray().Select(n => (string?)n);
        Assert.Equal([breakGlass], excluded);
    }
}
