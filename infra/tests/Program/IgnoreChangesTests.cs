using System.Text.Json.Nodes;
using Reconciler.Infra.Stack;
using Reconciler.PulumiMapping;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The stack's <c>ignoreChanges</c> reaches Pulumi as each resource's <c>IgnoreChanges</c> option, in the resource's own
/// input names: azuread's for policies and invitations, Graph's for the cross-tenant provider.
/// </summary>
public sealed class IgnoreChangesTests
{
    private static JsonObject TutorialIgnoring()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:conditionalAccessPolicies"]![0]!["ignoreChanges"] = new JsonArray("conditions.users.excludeGroups", "sessionControls.signInFrequency");
        config["b2b:guests"]![0]!["ignoreChanges"] = new JsonArray("displayName", "accountEnabled");
        config["b2b:crossTenantAccess"]!["partners"]![0]!["ignoreChanges"] = new JsonArray("b2bDirectConnectInbound");
        return config;
    }

    [Fact]
    public void EachResourceIgnoresTheStacksPathsInItsOwnInputNames()
    {
        var config = TutorialIgnoring();
        var (state, diagnostics) = DesiredStateSource.Load(new StackConfigJson("b2b", "dev", config.ToJsonString()));
        Assert.Empty(diagnostics);
        var model = PulumiStackMapper.Map(state!);

        Assert.Equal(
            ["conditions.users.excludedGroups", "sessionControls.signInFrequency", "sessionControls.signInFrequencyPeriod",
             "sessionControls.signInFrequencyAuthenticationType", "sessionControls.signInFrequencyInterval"],
            ResourceOptions.Ignoring(Assert.Single(model.Policies).IgnoreChanges).IgnoreChanges);
        Assert.Equal(["userDisplayName"], ResourceOptions.Ignoring(Assert.Single(model.Guests).IgnoreChanges).IgnoreChanges);
        Assert.Equal(["b2bDirectConnectInbound"], ResourceOptions.Ignoring(Assert.Single(model.Partners).IgnoreChanges).IgnoreChanges);
    }

    [Fact]
    public async Task TheProgramStillDeclaresEveryResourceWithItsInputs()
    {
        var mocks = await ProgramRun.RunAsync(TutorialIgnoring());

        Assert.Equal("alex@fabrikam.example", mocks.Single(ProgramRun.Invitation).Inputs["userEmailAddress"]);
        Assert.Equal("Require MFA for B2B portal access", mocks.Single(ProgramRun.Policy).Inputs["displayName"]);
    }
}
