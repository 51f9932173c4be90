using Reconciler.Access;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

public class SignInImpactTests
{
    private static readonly CrossTenantTrust NamedFabrikamTrusted = CrossTenantTrust.From(new DesiredCrossTenantAccess
    {
        Default = new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = false } },
        Partners = [new DesiredPartner { TenantId = FabrikamTenant, Name = "Fabrikam", Settings = new() { InboundTrust = new() { IsMfaAccepted = true } } }],
    });

    [Fact]
    public void AddingTheGuestMfaPolicyIsAChange()
    {
        var before = Evaluate(AlexIntoAzure, NamedFabrikamTrusted);
        var after = Evaluate(AlexIntoAzure, NamedFabrikamTrusted, GuestMfaPolicy);

        Assert.True(SignInImpact.Changes(before, after));
    }

    [Fact]
    public void TheSameOutcomeIsNoChange()
    {
        var decision = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy);

        Assert.False(SignInImpact.Changes(decision, Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy)));
    }

    [Fact]
    public void MovingToReportOnlyIsAChange()
    {
        var before = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy);
        var after = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { State = PolicyState.ReportOnly });

        Assert.True(SignInImpact.Changes(before, after));
    }
}
