using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.PulumiMapping;

namespace Reconciler.Core.Tests.PulumiMapping;

/// <summary>The stack's <c>ignoreChanges</c> paths in each Pulumi resource's own input names.</summary>
public class IgnoreChangesMapperTests
{
    [Theory]
    [InlineData("state", "state")]
    [InlineData("conditions.users.excludeGroups", "conditions.users.excludedGroups")]
    [InlineData("conditions.applications.applicationFilter.rule", "conditions.applications.filter.rule")]
    [InlineData("conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes", "conditions.users.includedGuestsOrExternalUsers[*].guestOrExternalUserTypes")]
    [InlineData("conditions.authenticationFlows.transferMethods", "conditions.authenticationFlowTransferMethods")]
    [InlineData("grantControls.authenticationStrengthId", "grantControls.authenticationStrengthPolicyId")]
    [InlineData("sessionControls.persistentBrowser.mode", "sessionControls.persistentBrowserMode")]
    [InlineData("sessionControls.signInFrequency.value", "sessionControls.signInFrequency")]
    public void APolicyPathTakesAzureadsName(string graph, string azuread) =>
        Assert.Equal([azuread], IgnoreChangesMapper.Map(ResourceType.ConditionalAccessPolicy, [graph]));

    [Fact]
    public void AFlattenedBlockIgnoresEveryInputItBecame() =>
        Assert.Equal(4, IgnoreChangesMapper.Map(ResourceType.ConditionalAccessPolicy, ["sessionControls.signInFrequency"]).Count);

    [Fact]
    public void APathAzureadHasNoInputForMapsToNothing() =>
        Assert.Empty(IgnoreChangesMapper.Map(ResourceType.Guest, ["accountEnabled"]));

    [Fact]
    public void CrossTenantPathsPassThroughBecauseTheProviderTakesGraphsNames() =>
        Assert.Equal(["inboundTrust.isMfaAccepted"], IgnoreChangesMapper.Map(ResourceType.CrossTenantAccessPartner, ["inboundTrust.isMfaAccepted"]));

    [Fact]
    public void NoPolicyPathKeepsAGraphNameAzureadDoesNotHave()
    {
        // azuread says include*/exclude* as included*/excluded*: a Graph name left over would ignore nothing.
        var mapped = IgnoreChangesMapper.Map(ResourceType.ConditionalAccessPolicy, IgnorablePaths.For(ResourceType.ConditionalAccessPolicy));

        var left = mapped.Where(p => p.Split('.', '[').Any(part => System.Text.RegularExpressions.Regex.IsMatch(part, "^(include|exclude)[A-Z]")));

        Assert.Empty(left);
    }
}
