using Reconciler.Core.Tests.Support;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Reporting;

namespace Reconciler.Core.Tests.Reports;

/// <summary>A new partner stops inheriting the default, so it is judged against the default's settings.</summary>
public class CreateEffectTests
{
    private static Effect PartnerCreate(bool defaultTrustsMfa, bool partnerTrustsMfa)
    {
        var stack = Some.Stack(crossTenant: Some.CrossTenant(defaultMfa: defaultTrustsMfa, partnerMfa: partnerTrustsMfa));
        var live = Some.Tenant(defaults: new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = defaultTrustsMfa } });
        var plan = Planner.Plan(stack, live, PlanOptions.Default);
        return ReportBuilder.Plan(plan, stack, live).Actions.Single(a => a.ResourceType == ResourceType.CrossTenantAccessPartner).Effect;
    }

    [Fact]
    public void APartnerThatTrustsMfaTheDefaultDoesNotWeakensGuestAccess() =>
        Assert.Equal(Effect.Weakens, PartnerCreate(defaultTrustsMfa: false, partnerTrustsMfa: true));

    [Fact]
    public void APartnerThatTrustsWhatTheDefaultAlreadyTrustsChangesNothing() =>
        Assert.Equal(Effect.Neutral, PartnerCreate(defaultTrustsMfa: true, partnerTrustsMfa: true));
}
