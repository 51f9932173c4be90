using Reconciler.Core.Tests.Support;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class RenamedPolicyTests
{
    private const string LiveId = "c7000000-0000-0000-0000-00000000c007";

    private static ConditionalAccessPolicyBody Resolved(ConditionalAccessPolicyBody body) =>
        body with { Conditions = body.Conditions! with { Users = body.Conditions.Users! with { ExcludeUsers = [Some.BreakGlassId] } } };

    [Fact]
    public void AnUnmanagedPolicyIdenticalButForItsNameIsNamedWithThePinnedIdThatRenamesItB2B2009()
    {
        var live = Some.Tenant(policies: [Some.LivePolicy(Resolved(Some.MfaPolicy().Body) with { DisplayName = "MFA for guests (old name)" }, LiveId)]);

        var plan = Planner.Plan(Some.Stack(policies: [Some.MfaPolicy()]), live, PlanOptions.Default);

        var renamed = Assert.Single(plan.Diagnostics, d => d.Code == "B2B2009");
        Assert.Contains($"'id: {LiveId}'", renamed.Message, StringComparison.Ordinal);
        Assert.Contains("MFA for guests (old name)", renamed.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Actions);
        Assert.Equal(DriftStatus.Missing, plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Status);
        Assert.False(plan.CanApply);
    }

    [Fact]
    public void APolicyThatDiffersInMoreThanItsNameIsNoRenameAndTheDeclaredOneIsCreated()
    {
        var other = Resolved(Some.MfaPolicy().Body) with { DisplayName = "Another policy", State = PolicyState.Disabled };

        var plan = Planner.Plan(Some.Stack(policies: [Some.MfaPolicy()]), Some.Tenant(policies: [Some.LivePolicy(other, LiveId)]), PlanOptions.Default);

        Assert.IsType<CreatePolicy>(Assert.Single(plan.Actions));
        Assert.DoesNotContain("B2B2009", plan.Codes());
    }

    [Fact]
    public void APolicyAnotherDeclarationManagesIsNoRename()
    {
        var twin = Some.MfaPolicy() with { Body = Some.MfaPolicy().Body with { DisplayName = "Twin" } };
        var live = Some.Tenant(policies: [Some.LivePolicy(Resolved(twin.Body), LiveId)]);

        var plan = Planner.Plan(Some.Stack(policies: [twin, Some.MfaPolicy()]), live, PlanOptions.Default);

        Assert.DoesNotContain("B2B2009", plan.Codes());
        Assert.Equal(Some.MfaPolicyName, Assert.IsType<CreatePolicy>(Assert.Single(plan.Actions)).Body.DisplayName);
    }
}
