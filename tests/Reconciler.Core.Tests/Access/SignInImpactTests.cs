using Reconciler.Core.Access;
using Reconciler.Core.DesiredState;
using Reconciler.Core.Model.CrossTenant;
using static Reconciler.Core.Tests.Access.Tutorial;
using Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Core.Tests.Access;

public class SignInImpactTests
{
    private static readonly CrossTenantTrust NamedFabrikamTrusted = CrossTenantTrust.From(new DesiredCrossTenantAccess
    {
        Default = new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = false } },
        Partners = [new DesiredPartner { TenantId = FabrikamTenant, Name = "Fabrikam", Settings = new() { InboundTrust = new() { IsMfaAccepted = true } } }],
    });

    [Fact]
    public void AddingTheGuestMfaPolicyWithTrustReadsAsOneSentence()
    {
        var before = Evaluate(AlexIntoAzure, NamedFabrikamTrusted);
        var after = Evaluate(AlexIntoAzure, NamedFabrikamTrusted, GuestMfaPolicy);

        var impact = SignInImpact.Compare(AlexIntoAzure, before, after, NamedFabrikamTrusted);

        Assert.True(impact.Changed);
        Assert.Equal(
            "after this change, guests from Fabrikam must pass MFA for Windows Azure Service Management API, satisfied by their home-tenant MFA",
            impact.Description);
    }

    [Fact]
    public void AnUnchangedOutcomeSaysSo()
    {
        var decision = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy);

        var impact = SignInImpact.Compare(AlexIntoAzure, decision, decision);

        Assert.False(impact.Changed);
        Assert.Equal(
            $"no change: guests from {FabrikamTenant} must pass MFA for Windows Azure Service Management API, registering and performing it in this tenant",
            impact.Description);
    }

    [Fact]
    public void MovingToReportOnlyIsAChangeThatSaysNotEnforced()
    {
        var before = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy);
        var after = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { State = PolicyState.ReportOnly });

        var impact = SignInImpact.Compare(AlexIntoAzure, before, after);

        Assert.True(impact.Changed);
        Assert.EndsWith("(report-only, not enforced)", impact.Description);
    }
}
