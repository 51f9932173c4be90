using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class UnmanagedTests
{
    private static readonly LiveSnapshot Tenant = Some.Tenant(
        users: [Some.BreakGlass(), Some.LiveGuest(), Some.LiveGuest("sam@northwind.example", "a2000000-0000-0000-0000-00000000a002"), Some.LiveGuest("kim@partner.example", "a3000000-0000-0000-0000-00000000a003")],
        policies:
        [
            Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "Block legacy auth", State = "enabled" }, "c1000000-0000-0000-0000-000000000001"),
            Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "Microsoft-managed: MFA for admins", State = "enabled" }, "c2000000-0000-0000-0000-000000000002") with { TemplateId = "t1" },
        ],
        partners: [Some.LivePartner(mfa: null)]);

    [Fact]
    public void UndeclaredGuestsPoliciesAndPartnersAreListedButNotDrift()
    {
        var plan = Planner.Plan(Some.Stack([Some.Guest()]), Tenant, PlanOptions.Default);

        Assert.True(plan.Drift.InSync);
        Assert.Equal(2, plan.Drift.Unmanaged.GuestCount);
        Assert.Equal(["sam@northwind.example", "kim@partner.example"], plan.Drift.Unmanaged.GuestSample);
        Assert.Equal("Block legacy auth", Assert.Single(plan.Drift.Unmanaged.Policies).DisplayName);
        Assert.Equal([Some.PartnerTenantId], plan.Drift.Unmanaged.Partners.Select(p => p.TenantId));
        Assert.Equal(0, plan.Drift.Unmanaged.Weakening);
    }

    [Fact]
    public void TheIgnoreListHidesMatchingUnmanagedObjects()
    {
        var stack = Some.Stack([Some.Guest()]) with { Ignore = new IgnoreList(["*@partner.example"], ["Block *"], [Some.PartnerTenantId.ToUpperInvariant()]) };

        var unmanaged = Planner.Plan(stack, Tenant, PlanOptions.Default).Drift.Unmanaged;

        Assert.Equal(["sam@northwind.example"], unmanaged.GuestSample);
        Assert.Equal(1, unmanaged.GuestCount);
        Assert.Empty(unmanaged.Policies);
        Assert.Empty(unmanaged.Partners);
    }

    [Fact]
    public void TheGuestSampleIsBoundedButTheCountIsNot()
    {
        var unmanaged = Planner.Plan(Some.Stack(), Tenant with { GuestCount = 500 }, PlanOptions.Default with { UnmanagedGuestSample = 1 }).Drift.Unmanaged;

        Assert.Single(unmanaged.GuestSample);
        Assert.Equal(500, unmanaged.GuestCount);
    }

    [Fact]
    public void APolicyIsMicrosoftManagedOnlyWithItsNameAndATemplateId()
    {
        var tenant = Some.Tenant(policies:
        [
            Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "Microsoft-managed: Block legacy authentication", State = "enabled" }, "c2000000-0000-0000-0000-000000000002") with { TemplateId = "t1" },
            Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "Microsoft-managed: not really", State = "enabled" }, "c3000000-0000-0000-0000-000000000003"),
            Some.LivePolicy(new ConditionalAccessPolicyBody { DisplayName = "From a template", State = "disabled" }, "c4000000-0000-0000-0000-000000000004") with { TemplateId = "t2" },
        ]);

        var policies = Planner.Plan(Some.Stack(), tenant, PlanOptions.Default).Drift.Unmanaged.Policies;

        Assert.Equal(["Microsoft-managed: not really", "From a template"], policies.Select(p => p.DisplayName));
    }
}
