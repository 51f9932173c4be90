using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// Combining policies, per learn.microsoft.com "Building a Conditional Access policy" (all applicable policies must be
/// satisfied, block wins; OR needs one control, AND all), "Report-only mode", and MFA trust per "Authentication and
/// Conditional Access for B2B users" (home-tenant MFA accepted with inbound trust; direct connect blocked without it).
/// </summary>
public class OutcomeRuleTests
{
    private static readonly ConditionalAccessPolicyBody BlockGuests = GuestMfaPolicy with
    {
        DisplayName = "Block guests",
        GrantControls = new() { Operator = "OR", BuiltInControls = ["block"] },
    };

    [Fact]
    public void BlockInAnyApplyingPolicyWins()
    {
        var outcome = Evaluate(AlexIntoAzure, FabrikamTrusted, GuestMfaPolicy, BlockGuests).Outcome;

        Assert.Equal(AccessResult.Block, outcome.Result);
        Assert.Equal(BlockReason.Policy, outcome.BlockReason);
    }

    [Fact]
    public void AReportOnlyBlockDoesNotOverrideAnEnforcedGrant()
    {
        var outcome = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy, BlockGuests with { State = PolicyState.ReportOnly }).Outcome;

        Assert.Equal(AccessResult.Grant, outcome.Result);
        Assert.True(outcome.Enforced);
    }

    public static TheoryData<string, ConditionalAccessGrantControls, string[], MfaSatisfaction> GrantCases => new()
    {
        { "OR of one control", new() { Operator = "OR", BuiltInControls = ["mfa"] }, ["mfa"], MfaSatisfaction.ResourceTenant },
        { "OR of two controls is one choice", new() { Operator = "OR", BuiltInControls = ["mfa", "compliantDevice"] }, ["mfa or compliantDevice"], MfaSatisfaction.ResourceTenant },
        { "AND needs each control", new() { Operator = "AND", BuiltInControls = ["mfa", "compliantDevice"] }, ["mfa", "compliantDevice"], MfaSatisfaction.ResourceTenant },
        { "an authentication strength is MFA-class", new() { Operator = "OR", AuthenticationStrengthId = "00000000-0000-0000-0000-000000000002" }, ["authenticationStrength"], MfaSatisfaction.ResourceTenant },
        { "no MFA-class control", new() { Operator = "OR", BuiltInControls = ["compliantDevice"] }, ["compliantDevice"], MfaSatisfaction.NotRequired },
    };

    [Theory]
    [MemberData(nameof(GrantCases))]
    public void GrantControlsBecomeRequiredControls(string rule, ConditionalAccessGrantControls grant, string[] controls, MfaSatisfaction mfa)
    {
        var outcome = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy with { GrantControls = grant }).Outcome;

        Assert.True(controls.SequenceEqual(outcome.RequiredControls), $"{rule}: got [{string.Join(", ", outcome.RequiredControls)}]");
        Assert.Equal(mfa, outcome.Mfa);
    }

    [Fact]
    public void RequirementsOfSeveralPoliciesAddUp()
    {
        var compliant = GuestMfaPolicy with { DisplayName = "Compliant device", GrantControls = new() { Operator = "OR", BuiltInControls = ["compliantDevice"] } };

        var outcome = Evaluate(AlexIntoAzure, NoTrust, GuestMfaPolicy, compliant).Outcome;

        Assert.Equal(["mfa", "compliantDevice"], outcome.RequiredControls);
    }

    public static TheoryData<string, SignInUser, CrossTenantTrust, MfaSatisfaction, AccessResult> TrustCases => new()
    {
        { "partner trust accepts home MFA", Alex, FabrikamTrusted, MfaSatisfaction.HomeTenant, AccessResult.Grant },
        { "default trust applies without a partner entry", Alex, Trust(defaultMfa: true, fabrikamMfa: null), MfaSatisfaction.HomeTenant, AccessResult.Grant },
        { "a partner that distrusts overrides a trusting default", Alex, Trust(defaultMfa: true, fabrikamMfa: false), MfaSatisfaction.ResourceTenant, AccessResult.Grant },
        { "no trust: MFA in the resource tenant", Alex, NoTrust, MfaSatisfaction.ResourceTenant, AccessResult.Grant },
        { "direct connect without trust is blocked", Alex with { ExternalUserType = ExternalUserType.B2bDirectConnectUser }, NoTrust, MfaSatisfaction.ResourceTenant, AccessResult.Block },
        { "direct connect with trust passes with home MFA", Alex with { ExternalUserType = ExternalUserType.B2bDirectConnectUser }, FabrikamTrusted, MfaSatisfaction.HomeTenant, AccessResult.Grant },
        { "members do MFA here", SignInUser.Member("m-1"), FabrikamTrusted, MfaSatisfaction.ResourceTenant, AccessResult.Grant },
    };

    [Theory]
    [MemberData(nameof(TrustCases))]
    public void InboundTrustDecidesWhereMfaIsDone(string rule, SignInUser user, CrossTenantTrust trust, MfaSatisfaction mfa, AccessResult result)
    {
        var everyone = GuestMfaPolicy.WithUsers(_ => new() { IncludeUsers = ["All"] });

        var outcome = Evaluate(AlexIntoAzure with { User = user }, trust, everyone).Outcome;

        Assert.True(outcome.Mfa == mfa && outcome.Result == result, $"{rule}: got {outcome.Mfa}, {outcome.Result}");
    }
}
