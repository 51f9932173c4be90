using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class OrderAndDestroyTests
{
    [Fact]
    public void CrossTenantSettingsComeFirstThenGuestsThenPoliciesThenGuestDeletes()
    {
        var leaving = Some.Guest("old@fabrikam.example") with { Ensure = Ensure.Absent };
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest("old@fabrikam.example", "a5000000-0000-0000-0000-00000000a005")]);

        var plan = Planner.Plan(Some.Stack([leaving, Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant(defaultMfa: true)), live, PlanOptions.Default);

        Assert.Equal(
            [nameof(UpdateCrossTenantDefault), nameof(CreatePartner), nameof(InviteGuest), nameof(CreatePolicy), nameof(DeleteGuest)],
            plan.Actions.Select(a => a.GetType().Name));
        Assert.Equal(new PlanSummary(3, 1, 1), plan.Summary);
        Assert.Equal("3 to add, 1 to change, 1 to remove", plan.Summary.ToString());
    }

    [Fact]
    public void DestroyRemovesEveryDeclaredObjectAndResetsTheDefault()
    {
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant(defaultMfa: true));
        var live = FakeTenant.Apply(Some.Tenant(), Planner.Plan(stack, Some.Tenant(), PlanOptions.Default).Actions);

        var plan = Planner.PlanDestroy(stack, live, PlanOptions.Default with { ForApply = true });

        Assert.Equal(
            [nameof(ResetCrossTenantDefault), nameof(DeletePartner), nameof(DeletePolicy), nameof(DeleteGuest)],
            plan.Actions.Select(a => a.GetType().Name));
        Assert.Equal(new PlanSummary(0, 1, 3), plan.Summary);
        var after = FakeTenant.Apply(live, plan.Actions);
        Assert.Empty(after.ConditionalAccessPolicies);
        Assert.Empty(after.Partners);
        Assert.DoesNotContain(after.Users, u => u.IsGuest);
        Assert.True(after.CrossTenantDefault.IsServiceDefault);
    }

    [Fact]
    public void DestroyLeavesUnmanagedObjectsAlone()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest()], partners: [Some.LivePartner()]);

        Assert.Empty(Planner.PlanDestroy(Some.Stack(), live, PlanOptions.Default).Actions);
    }

    [Fact]
    public void DestroyOfAPulumiStackIsRefused() =>
        Assert.False(Planner.PlanDestroy(Some.Stack() with { Engine = Engine.Pulumi }, Some.Tenant(), PlanOptions.Default with { ForApply = true }).CanApply);

    [Fact]
    public void DriftCheckIsThePlansComparisonWithoutActions()
    {
        var result = DriftChecker.Check(Some.Stack([Some.Guest()]), Some.Tenant());

        Assert.Equal(DriftStatus.Missing, Assert.Single(result.Drift.Objects).Status);
        Assert.False(result.HasErrors);
    }
}
