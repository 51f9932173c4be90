using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Core.Tests.Planning;

public class CrossTenantPlanningTests
{
    [Fact]
    public void AChangedDefaultSendsOnlyTheChangedBlockWholeAsDeclared()
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

        var difference = Assert.Single(plan.SingleDrift(ResourceType.CrossTenantAccessPartner).Properties);
        Assert.Equal(("inboundTrust", "null"), (difference.Path, difference.Live));
        Assert.Contains("\"isMfaAccepted\":false", difference.Declared, StringComparison.Ordinal);
        Assert.IsType<UpdatePartner>(Assert.Single(plan.Actions));
    }

    [Fact]
    public void AnUndeclaredSwitchInsideADeclaredTrustBlockMeansFalse()
    {
        var live = Some.Tenant(defaults: ServiceDefaults.CrossTenant with { InboundTrust = new InboundTrust { IsMfaAccepted = false, IsCompliantDeviceAccepted = true } });

        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant() with { Partners = [] }), live, PlanOptions.Default);

        Assert.Equal(new PropertyDifference("inboundTrust.isCompliantDeviceAccepted", "false", "true"), Assert.Single(plan.SingleDrift(ResourceType.CrossTenantAccessDefault).Properties));
    }

    [Fact]
    public void AnUndeclaredBlockOfTheDefaultMustHoldMicrosoftsServiceDefault()
    {
        var opened = ServiceDefaults.CrossTenant with { B2bDirectConnectInbound = ServiceDefaults.CrossTenant.B2bCollaborationInbound };

        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant() with { Partners = [] }), Some.Tenant(defaults: opened), PlanOptions.Default);

        var update = Assert.IsType<UpdateCrossTenantDefault>(Assert.Single(plan.Actions));
        Assert.Equal(
            GraphJson.ToTree(new CrossTenantSettings { B2bDirectConnectInbound = CrossTenantServiceDefault.Settings.B2bDirectConnectInbound })!.ToJsonString(),
            GraphJson.ToTree(update.Blocks)!.ToJsonString());
        Assert.Equal(["b2bDirectConnectInbound.applications.accessType", "b2bDirectConnectInbound.usersAndGroups.accessType"],
            plan.SingleDrift(ResourceType.CrossTenantAccessDefault).Properties.Select(p => p.Path).Order());
    }

    [Fact]
    public void AnUndeclaredBlockOfAPartnerMustInheritAndIsClearedByTheUpdate()
    {
        var live = Some.LivePartner() with
        {
            Settings = Some.LivePartner().Settings with { B2bDirectConnectInbound = ServiceDefaults.CrossTenant.B2bCollaborationInbound },
        };

        var plan = Planner.Plan(Some.Stack(crossTenant: Some.CrossTenant()), Some.Tenant(partners: [live]), PlanOptions.Default);

        var update = Assert.IsType<UpdatePartner>(Assert.Single(plan.Actions, a => a is UpdatePartner));
        Assert.Equal(new CrossTenantSettings(), update.Blocks);
        Assert.Equal(["b2bDirectConnectInbound"], update.Cleared!);
        Assert.Equal(
            [("b2bDirectConnectInbound.applications.accessType", "null"), ("b2bDirectConnectInbound.applications.targets", "[]"),
             ("b2bDirectConnectInbound.usersAndGroups.accessType", "null"), ("b2bDirectConnectInbound.usersAndGroups.targets", "[]")],
            plan.SingleDrift(ResourceType.CrossTenantAccessPartner).Properties.Select(p => (p.Path, p.Declared)).Order());
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
