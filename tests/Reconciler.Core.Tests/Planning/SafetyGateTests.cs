using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class SafetyGateTests
{
    private static DesiredPolicy Policy(ConditionalAccessUsers users, string state = "enabled", string control = "mfa") => new()
    {
        Body = new ConditionalAccessPolicyBody
        {
            DisplayName = "Gate test",
            State = state,
            Conditions = new() { Applications = new() { IncludeApplications = ["All"] }, Users = users },
            GrantControls = new() { Operator = "OR", BuiltInControls = [control] },
        },
    };

    private static Plan PlanWith(DesiredPolicy policy, PlanOptions? options = null, IReadOnlyList<string>? breakGlass = null) =>
        Planner.Plan(Some.Stack(policies: [policy], breakGlass: breakGlass), Some.Tenant(), options ?? PlanOptions.Default);

    [Fact]
    public void AGuestListingTheBreakGlassAddressInOtherMailsIsNeverTakenForTheBreakGlassAccount()
    {
        var impostor = Some.LiveGuest("mallory@fabrikam.example", "a2000000-0000-0000-0000-00000000a002") with { OtherMails = [Some.BreakGlassEmail] };
        var live = Some.Tenant(users: [Some.BreakGlass(), impostor]);
        var policy = Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"] }, ExcludeUsers = [Some.BreakGlassEmail] });

        var plan = Planner.Plan(Some.Stack(policies: [policy]), live, PlanOptions.Default);

        var create = Assert.IsType<CreatePolicy>(Assert.Single(plan.Actions));
        Assert.Equal([Some.BreakGlassId], create.Body.Conditions!.Users!.ExcludeUsers!);
        Assert.DoesNotContain("B2B2002", plan.Codes());
        Assert.DoesNotContain("B2B2007", plan.Codes());
    }

    [Fact]
    public void ABreakGlassAddressOnlyAGuestAnswersToIsNotFound()
    {
        var impostor = Some.LiveGuest("mallory@fabrikam.example", "a2000000-0000-0000-0000-00000000a002") with { OtherMails = ["ghost@contoso.example"] };
        var live = Some.Tenant(users: [Some.BreakGlass(), impostor]);

        var plan = Planner.Plan(Some.Stack(policies: [Policy(new() { IncludeUsers = ["All"], ExcludeUsers = [Some.BreakGlassId] })], breakGlass: ["ghost@contoso.example"]), live, PlanOptions.Default);

        Assert.Contains("B2B2007", plan.Codes());
    }

    [Fact]
    public void AnEnabledPolicyNamingABreakGlassAccountBlocksApplyWithB2B2010()
    {
        var plan = PlanWith(Policy(new() { IncludeUsers = [Some.BreakGlassEmail] }));

        Assert.Contains("B2B2010", plan.Codes());
        Assert.False(plan.CanApply);
    }

    [Fact]
    public void TheNamedOverrideLetsTheLockoutThroughAndKeepsItOnRecord()
    {
        var plan = PlanWith(Policy(new() { IncludeUsers = [Some.BreakGlassId] }), PlanOptions.Default with { AllowBreakGlassLockout = true });

        var finding = Assert.Single(plan.SafetyFindings, f => f.Diagnostic.Code == "B2B2010");
        Assert.Equal((true, nameof(PlanOptions.AllowBreakGlassLockout)), (finding.Overridden, finding.OverrideName));
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void AReportOnlyPolicyCannotLockAnyoneOut() =>
        Assert.DoesNotContain("B2B2010", PlanWith(Policy(new() { IncludeUsers = [Some.BreakGlassEmail] }, state: "enabledForReportingButNotEnforced")).Codes());

    [Fact]
    public void AGuestBreakGlassAccountNamedByObjectIdAndCoveredByTheGuestConditionIsALockout()
    {
        // By email a break-glass account is only ever a member (see above); a guest one must be named by its object id.
        var guestBreakGlass = Some.LiveGuest("bg@partner.example", "a9000000-0000-0000-0000-00000000a009");
        var stack = Some.Stack(policies: [Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"] } })], breakGlass: [guestBreakGlass.Id]);

        var plan = Planner.Plan(stack, Some.Tenant(users: [guestBreakGlass]), PlanOptions.Default);

        Assert.Contains("B2B2010", plan.Codes());
    }

    [Fact]
    public void AnAllUsersPolicyThatDoesNotExcludeBreakGlassBlocksApplyWithB2B2011()
    {
        var plan = PlanWith(Policy(new() { IncludeUsers = ["All"] }, control: "block"));

        Assert.Contains("B2B2011", plan.Codes());
        Assert.DoesNotContain("B2B2010", plan.Codes());
        Assert.False(plan.CanApply);
    }

    [Fact]
    public void AnAllUsersPolicyThatExcludesBreakGlassPasses()
    {
        var plan = PlanWith(Policy(new() { IncludeUsers = ["All"], ExcludeUsers = [Some.BreakGlassEmail] }), PlanOptions.Default with { AllowDirectEnable = true });

        Assert.True(plan.CanApply, string.Join(", ", plan.Codes()));
    }

    [Fact]
    public void AStackWithPoliciesButNoBreakGlassAccountIsWarnedWithB2B2012()
    {
        var plan = PlanWith(Some.MfaPolicy() with { Body = Some.MfaPolicy().Body with { Conditions = Some.MfaPolicy().Body.Conditions! with { Users = new() { IncludeUsers = ["GuestsOrExternalUsers"] } } } }, breakGlass: []);

        var finding = Assert.Single(plan.SafetyFindings);
        Assert.Equal("B2B2012", finding.Diagnostic.Code);
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void CreatingAPolicyDirectlyEnabledIsWarnedWithTheReportOnlyAdviceB2B2013()
    {
        var plan = PlanWith(Some.MfaPolicy(state: "enabled"));

        var finding = Assert.Single(plan.SafetyFindings);
        Assert.Equal("B2B2013", finding.Diagnostic.Code);
        Assert.Contains("enabledForReportingButNotEnforced", finding.Diagnostic.Message);
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void AnotherTenantAlwaysBlocksWithB2B2014AndNothingIsPlanned()
    {
        var live = Some.Tenant() with { Organization = new("11111111-1111-1111-1111-111111111111", "Elsewhere") };

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default with { AllowBreakGlassLockout = true, AllowAllUsersWithoutBreakGlass = true });

        Assert.Equal(["B2B2014"], plan.Codes());
        Assert.Empty(plan.Actions);
        Assert.False(plan.CanApply);
    }

    [Fact]
    public void APulumiStackRefusesApplyWithB2B2015ButStillPlans()
    {
        var stack = Some.Stack([Some.Guest()]) with { Engine = Engine.Pulumi };

        var forApply = Planner.Plan(stack, Some.Tenant(), PlanOptions.Default with { ForApply = true });
        var forReview = Planner.Plan(stack, Some.Tenant(), PlanOptions.Default);

        Assert.Contains("B2B2015", forApply.Codes());
        Assert.False(forApply.CanApply);
        Assert.DoesNotContain("B2B2015", forReview.Codes());
        Assert.Single(forReview.Actions);
    }

    [Fact]
    public void ABreakGlassAccountThatIsNotFoundIsWarnedWithB2B2007() =>
        Assert.Contains("B2B2007", Planner.Plan(Some.Stack(breakGlass: ["ghost@contoso.example"]), Some.Tenant(), PlanOptions.Default).Codes());
}
