using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>The tutorial's sign-in, step by step (learn.microsoft.com: b2b-tutorial-require-mfa).</summary>
public class TutorialScenarioTests
{
    [Fact]
    public void BeforeThePolicyExistsNoPolicyApplies()
    {
        var decision = Evaluate(AlexIntoAzure, NoTrust);

        Assert.Equal(AccessOutcome.NoPolicy, decision.Outcome);
    }

    [Fact]
    public void AfterThePolicyIsCreatedAlexMustDoMfaInTheResourceTenant()
    {
        var outcome = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy).Outcome;

        Assert.Equal(AccessResult.Grant, outcome.Result);
        Assert.Equal(["mfa"], outcome.RequiredControls);
        Assert.True(outcome.Enforced);
        Assert.Equal(MfaSatisfaction.ResourceTenant, outcome.Mfa);
    }

    [Fact]
    public void WithFabrikamMfaTrustedAlexsHomeTenantMfaCounts()
    {
        var outcome = Evaluate(AlexIntoAzure, FabrikamTrusted, GuestMfaPolicy).Outcome;

        Assert.Equal(MfaSatisfaction.HomeTenant, outcome.Mfa);
    }

    [Fact]
    public void TheExcludedBreakGlassAccountIsNotChallenged()
    {
        var breakGlass = AlexIntoAzure with { User = SignInUser.Guest(BreakGlass, FabrikamTenant) };

        var decision = Evaluate(breakGlass, NoTrust, GuestMfaPolicy);

        Assert.Equal(AccessResult.NoPolicy, decision.Outcome.Result);
        Assert.Equal(["users"], decision.Policies.Single().Reasons);
    }

    [Fact]
    public void InReportOnlyModeThePolicyAppliesButIsNotEnforced()
    {
        var reportOnly = GuestMfaPolicy with { State = PolicyState.ReportOnly };

        var decision = Evaluate(AlexIntoAzure, NoTrust, reportOnly);

        Assert.True(decision.Policies.Single().Applies);
        Assert.False(decision.Policies.Single().Enforced);
        Assert.Equal(AccessResult.Grant, decision.Outcome.Result);
        Assert.False(decision.Outcome.Enforced);
    }
}
