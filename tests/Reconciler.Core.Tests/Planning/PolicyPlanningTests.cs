using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class PolicyPlanningTests
{
    private static readonly DesiredPolicy Declared = Some.MfaPolicy();

    [Fact]
    public void AMissingPolicyIsCreatedWithEmailsResolvedToObjectIds()
    {
        var plan = Planner.Plan(Some.Stack(policies: [Declared]), Some.Tenant(), PlanOptions.Default);

        var create = Assert.IsType<CreatePolicy>(Assert.Single(plan.Actions));
        Assert.Equal([Some.BreakGlassId], create.Body.Conditions!.Users!.ExcludeUsers);
        Assert.Equal(DriftStatus.Missing, plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Status);
    }

    [Fact]
    public void AChangedStateIsPatchedAlone()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with { State = "disabled" });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Declared], Some.CrossTenant()), live, PlanOptions.Default);

        var update = Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions));
        Assert.Equal(new PolicyPatch { State = "enabledForReportingButNotEnforced" }, update.Patch);
        Assert.Equal(new PropertyDifference("state", "enabledForReportingButNotEnforced", "disabled"), Assert.Single(plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Properties));
    }

    [Fact]
    public void AChangedConditionIsSentWholeAsDeclaredClearingWhatTheStackLeavesOut()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with
        {
            Conditions = body.Conditions! with
            {
                Users = body.Conditions.Users! with { ExcludeUsers = [], ExcludeGroups = ["e0000000-0000-0000-0000-0000000000e1"] },
                SignInRiskLevels = ["high"],
            },
        });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Declared], Some.CrossTenant()), live, PlanOptions.Default);

        var patch = Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions)).Patch;
        Assert.Null(patch.State);
        Assert.Null(patch.GrantControls);
        Assert.False(patch.ClearsGrantControls);
        Assert.Equal([Some.BreakGlassId], patch.Conditions!.Users!.ExcludeUsers);
        Assert.Null(patch.Conditions.Users.ExcludeGroups);
        Assert.Null(patch.Conditions.SignInRiskLevels);
        Assert.Equal(
            [
                ("conditions.signInRiskLevels", "[]", """["high"]"""),
                ("conditions.users.excludeGroups", "[]", """["e0000000-0000-0000-0000-0000000000e1"]"""),
                ("conditions.users.excludeUsers", $"""["{Some.BreakGlassId}"]""", "[]"),
            ],
            plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Properties.Select(d => (d.Path, d.Declared, d.Live)).Order());
    }

    [Fact]
    public void SessionControlsTheStackDoesNotDeclareAreCleared()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with
        {
            SessionControls = new ConditionalAccessSessionControls { SignInFrequency = new() { IsEnabled = true, Type = "days", Value = 90 } },
        });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Declared], Some.CrossTenant()), live, PlanOptions.Default);

        var patch = Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions)).Patch;
        Assert.Equal(new PolicyPatch { ClearsSessionControls = true }, patch);
        Assert.Null(PolicyPatchApplier.Apply(live.ConditionalAccessPolicies[0].Body, patch).SessionControls);
    }

    [Fact]
    public void TwoLivePoliciesWithTheDeclaredNameAreNotGuessedBetweenB2B2003()
    {
        var body = Declared.Body with { Conditions = null };
        var live = Some.Tenant(policies: [Some.LivePolicy(body, "c1000000-0000-0000-0000-000000000001"), Some.LivePolicy(body, "c2000000-0000-0000-0000-000000000002")]);

        var plan = Planner.Plan(Some.Stack(policies: [Declared]), live, PlanOptions.Default);

        Assert.Empty(plan.Actions);
        Assert.Contains("B2B2003", plan.Codes());
        Assert.False(plan.CanApply);
        Assert.Empty(plan.Drift.Unmanaged.Policies);
    }

    [Fact]
    public void TwoLivePoliciesWithTheDeclaredNameAreNeverInSyncAndEachShowsItsDrift()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body);
        var copy = live.ConditionalAccessPolicies[0] with { Id = "c2000000-0000-0000-0000-000000000002" };
        copy = copy with { Body = copy.Body with { DisplayName = copy.Body.DisplayName.ToUpperInvariant(), State = "disabled" } };
        live = live with { ConditionalAccessPolicies = [.. live.ConditionalAccessPolicies, copy] };

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Declared], Some.CrossTenant()), live, PlanOptions.Default);

        Assert.False(plan.Drift.InSync);
        Assert.Contains("B2B2003", plan.Codes());
        var rows = plan.Drift.Objects.Where(o => o.ResourceType == ResourceType.ConditionalAccessPolicy).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Key.EndsWith($"(id {copy.Id})", StringComparison.Ordinal) && r.Properties.Any(p => p.Path == "state"));
    }

    [Fact]
    public void APinnedPolicyIsMatchedByIdSoARenameIsAnUpdate()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with { DisplayName = "Old name" });
        var pinned = Declared with { Id = live.ConditionalAccessPolicies[0].Id };

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [pinned], Some.CrossTenant()), live, PlanOptions.Default);

        Assert.Equal(Some.MfaPolicyName, Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions)).Patch.DisplayName);
    }

    [Fact]
    public void ANameThatDiffersOnlyInCaseIsRenamedNotCreated()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with { DisplayName = Some.MfaPolicyName.ToUpperInvariant() });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Declared], Some.CrossTenant()), live, PlanOptions.Default);

        Assert.Equal(new PolicyPatch { DisplayName = Some.MfaPolicyName }, Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions)).Patch);
    }

    [Fact]
    public void APinnedIdTheTenantDoesNotHoldIsB2B2004()
    {
        var plan = Planner.Plan(Some.Stack(policies: [Declared with { Id = "c9999999-0000-0000-0000-000000000000" }]), Some.Tenant(), PlanOptions.Default);

        Assert.Empty(plan.Actions);
        Assert.Contains("B2B2004", plan.Codes());
    }

    [Fact]
    public void APolicyDeclaredAbsentIsDeleted()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body);

        var plan = Planner.Plan(Some.Stack(policies: [Declared with { Ensure = Ensure.Absent }]), live, PlanOptions.Default);

        Assert.Contains(plan.Actions, a => a is DeletePolicy);
        Assert.Equal(DriftStatus.ShouldBeAbsent, plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Status);
    }

    [Fact]
    public void APolicyNamingAGuestToBeInvitedComesAfterTheInvitationAndKeepsTheEmail()
    {
        var policy = Declared with
        {
            Body = Declared.Body with { Conditions = Declared.Body.Conditions! with { Users = new() { IncludeUsers = [Some.GuestEmail], ExcludeUsers = [Some.BreakGlassEmail] } } },
        };

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [policy]), Some.Tenant(), PlanOptions.Default);

        Assert.Collection(plan.Actions, a => Assert.IsType<InviteGuest>(a), a => Assert.Equal([Some.GuestEmail], Assert.IsType<CreatePolicy>(a).Body.Conditions!.Users!.IncludeUsers));
        Assert.Contains("B2B2016", plan.Codes());
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void AnEmailThatIsNeitherAUserNorADeclaredGuestIsB2B2001AndShownAsWritten()
    {
        var policy = Declared with
        {
            Body = Declared.Body with { Conditions = Declared.Body.Conditions! with { Users = new() { IncludeUsers = ["stranger@elsewhere.example"], ExcludeUsers = [Some.BreakGlassEmail] } } },
        };

        var plan = Planner.Plan(Some.Stack(policies: [policy]), Some.Tenant(), PlanOptions.Default);

        Assert.Contains("B2B2001", plan.Codes());
        Assert.False(plan.CanApply);
    }
}
