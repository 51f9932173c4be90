using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;

namespace Reconciler.Core.Tests.Loading;

public class SampleStackTests
{
    private readonly LoadResult _result = StackLoader.Load(Stacks.RepositoryRoot(), "dev");

    [Fact]
    public void TutorialStackIsValidWithoutWarnings()
    {
        Assert.True(_result.IsValid);
        Assert.Empty(_result.Diagnostics);
    }

    [Fact]
    public void TutorialStackDeclaresAlexThePolicyAndFabrikam()
    {
        var state = _result.State!;

        Assert.Equal(("b2b", "dev", Stacks.TenantId, "local"), (state.ProjectName, state.StackName, state.TenantId, state.GraphUrl));
        Assert.Equal("alex@fabrikam.example", Assert.Single(state.Guests).Email);
        var policy = Assert.Single(state.ConditionalAccessPolicies);
        Assert.Equal("enabled", policy.Body.State);
        Assert.Equal(["797f4846-ba00-4fd7-ba43-dac1f8f63013"], policy.Body.Conditions!.Applications!.IncludeApplications!);
        Assert.Equal(6, policy.Body.Conditions.Users!.IncludeGuestsOrExternalUsers!.GuestOrExternalUserTypes!.Count);
        Assert.Equal(["breakglass@contoso.example"], policy.Body.Conditions.Users.ExcludeUsers!);
        var partner = Assert.Single(state.CrossTenantAccess!.Partners);
        Assert.Equal(("Fabrikam", true), (partner.Name, partner.Settings.InboundTrust!.IsMfaAccepted));
        Assert.False(state.CrossTenantAccess.Default!.InboundTrust!.IsMfaAccepted);
        Assert.Equal(Engine.Reconciler, state.Engine);
    }
}
