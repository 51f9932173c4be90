using Reconciler.Core.DesiredState;
using Reconciler.Core.Model.CrossTenant;
using Reconciler.Core.Planning;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Planning;

public class CrossTenantPlanningTests
{
    [Fact]
    public void AChangedDefaultSendsOnlyTheChangedBlockWholeWithItsUndeclaredLiveValues()
    {
        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant(defaultMfa: true) with { Partners = [] }), Some.Tenant(), PlanOptions.Default);

        var update = Assert.IsType<UpdateCrossTenantDefault>(Assert.Single(plan.Actions));
        Assert.Equal(new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = true, IsCompliantDeviceAccepted = false, IsHybridAzureADJoinedDeviceAccepted = false } }, update.Blocks);
        Assert.Equal(new PropertyDifference("inboundTrust.isMfaAccepted", "true", "false"), Assert.Single(plan.SingleDrift(ResourceType.CrossTenantAccessDefault).Properties));
    }

    [Fact]
    public void AMissingPartnerIsCreated()
    {
        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant()), Some.Tenant(), PlanOptions.Default);

        Assert.Equal(Some.PartnerTenantId, Assert.IsType<CreatePartner>(Assert.Single(plan.Actions)).TenantId);
    }

    [Fact]
    public void APartnerBlockThatInheritsFromTheDefaultIsDriftBecauseThePartnerDoesNotCarryIt()
    {
        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant(partnerMfa: false)), Some.Tenant(partners: [Some.LivePartner(mfa: null)]), PlanOptions.Default);

        Assert.Equal(new PropertyDifference("inboundTrust.isMfaAccepted", "false", "null"), Assert.Single(plan.SingleDrift(ResourceType.CrossTenantAccessPartner).Properties));
        Assert.IsType<UpdatePartner>(Assert.Single(plan.Actions));
    }

    [Fact]
    public void APartnerDeclaredAbsentIsDeleted()
    {
        var declared = Some.CrossTenant() with { Default = null };
        declared = declared with { Partners = [declared.Partners[0] with { Ensure = Ensure.Absent }] };

        var plan = Planner.Plan(Some.Stack(crossTenant: declared), Some.Tenant(partners: [Some.LivePartner()]), PlanOptions.Default);

        Assert.IsType<DeletePartner>(Assert.Single(plan.Actions));
        Assert.Equal(DriftStatus.ShouldBeAbsent, plan.SingleDrift(ResourceType.CrossTenantAccessPartner).Status);
    }

    [Fact]
    public void AStackWithoutCrossTenantSettingsLeavesThemAlone()
    {
        var live = Some.Tenant(defaults: ServiceDefaults.CrossTenant with { InboundTrust = new InboundTrust { IsMfaAccepted = true } });

        Assert.True(Planner.Plan(Some.Stack(), live, PlanOptions.Default).IsEmpty);
    }
}
