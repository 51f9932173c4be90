using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>A policy renamed in the portal is offered back to the stack by its id, never created a second time.</summary>
public class RenameScenarios
{
    private const string Policy = "Require MFA for B2B portal access";
    private const string PortalName = "MFA for guests";

    [Fact]
    public async Task APolicyRenamedInThePortalIsNamedWithTheIdThatRenamesItBackInPlace()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        var id = (string)tenant.PoliciesNamed(Policy).Single()["id"]!;
        await tenant.ByHandAsync(HttpMethod.Patch, $"identity/conditionalAccess/policies/{id}", $$"""{"displayName": "{{PortalName}}"}""");
        var writes = tenant.Tenant.Requests.WriteCount;

        var plan = await tenant.RunAsync(stack, "plan");
        var apply = await tenant.RunAsync(stack, "apply", "--yes");

        Assert.Equal(1, plan.ExitCode);
        Assert.Contains("B2B2009", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains($"'id: {id}'", plan.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, apply.ExitCode);
        Assert.Equal(writes, tenant.Tenant.Requests.WriteCount);
        Assert.Single(tenant.Store.ConditionalAccessPolicies());

        stack.Edit($"    - displayName: {Policy}\n", $"    - displayName: {Policy}\n      id: {id}\n");
        var pinned = await tenant.RunAsync(stack, "plan");
        Assert.True(pinned.ExitCode == 2, pinned.All);
        Assert.True((await tenant.RunAsync(stack, "apply", "--yes")).ExitCode == 0);

        var renamed = Assert.Single(tenant.Store.ConditionalAccessPolicies());
        Assert.Equal((id, Policy), ((string?)renamed["id"], (string?)renamed["displayName"]));
        Assert.Equal(0, (await tenant.RunAsync(stack, "drift")).ExitCode);
    }
}
