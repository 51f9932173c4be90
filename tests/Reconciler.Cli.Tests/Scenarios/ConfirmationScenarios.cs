using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>What a person confirms: apply asks only after showing exactly what plan showed.</summary>
public class ConfirmationScenarios
{
    private const string NorthwindTenantId = "7a0c0000-0000-4000-8000-00000000a7a0";

    [Fact]
    public async Task ApplyShowsExactlyWhatPlanShowsBeforeItAsks()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        // An undeclared partner that trusts MFA: a sign-in impact row of its own, named by the tenant's lookup.
        tenant.Store.AddPartner(new JsonObject { ["tenantId"] = NorthwindTenantId, ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = true } });
        tenant.Store.AddTenantInformation(NorthwindTenantId, "Northwind");

        var plan = await tenant.RunAsync(stack, "plan", "--scope", "declared");
        var apply = await tenant.RunAsync(stack, "apply", "--scope", "declared");

        Assert.True(plan.ExitCode == 2, plan.All);
        Assert.Contains("B2B2104", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("B2B2013", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("Sign-in impact:", plan.Stdout, StringComparison.Ordinal);
        Assert.Contains("guests from Northwind", plan.Stdout, StringComparison.Ordinal);
        // Nobody can answer (input is not a terminal), so apply shows the plan, declines and writes nothing.
        Assert.Equal(1, apply.ExitCode);
        Assert.StartsWith(plan.Stdout, apply.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);
    }
}
