using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

public class GuestPlanningTests
{
    [Fact]
    public void AMissingGuestIsInvited()
    {
        var plan = Planner.Plan(Some.Stack([Some.Guest()]), Some.Tenant(), PlanOptions.Default);

        Assert.Equal(DriftStatus.Missing, plan.SingleDrift(ResourceType.Guest).Status);
        Assert.Equal(Some.GuestEmail, Assert.IsType<InviteGuest>(Assert.Single(plan.Actions)).Guest.Email);
    }

    [Fact]
    public void AnExistingGuestIsAdoptedNotInvitedAgain()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest(displayName: null)]);

        var plan = Planner.Plan(Some.Stack([Some.Guest(displayName: null)]), live, PlanOptions.Default);

        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void AChangedDisplayNameIsUpdatedAloneWithBothValues()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest(displayName: "Alex W")]);

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default);

        var update = Assert.IsType<UpdateGuest>(Assert.Single(plan.Actions));
        Assert.Equal(("Alex Wilber (Fabrikam)", (bool?)null), (update.DisplayName, update.AccountEnabled));
        Assert.Equal(new PropertyDifference("displayName", "Alex Wilber (Fabrikam)", "Alex W"), Assert.Single(plan.SingleDrift(ResourceType.Guest).Properties));
    }

    [Fact]
    public void ADisabledAccountIsEnabledWhenDeclared()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest() with { AccountEnabled = false }]);

        var plan = Planner.Plan(Some.Stack([Some.Guest() with { AccountEnabled = true }]), live, PlanOptions.Default);

        Assert.Equal(new PropertyDifference("accountEnabled", "true", "false"), Assert.Single(plan.SingleDrift(ResourceType.Guest).Properties));
        Assert.Null(Assert.IsType<UpdateGuest>(Assert.Single(plan.Actions)).DisplayName);
    }

    [Fact]
    public void AGuestDeclaredAbsentIsDeleted()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest()]);

        var plan = Planner.Plan(Some.Stack([Some.Guest() with { Ensure = Ensure.Absent }]), live, PlanOptions.Default);

        Assert.Equal(DriftStatus.ShouldBeAbsent, plan.SingleDrift(ResourceType.Guest).Status);
        Assert.IsType<DeleteGuest>(Assert.Single(plan.Actions));
    }

    [Fact]
    public void AGuestDeclaredAbsentThatIsGoneIsInSync() =>
        Assert.True(Planner.Plan(Some.Stack([Some.Guest() with { Ensure = Ensure.Absent }]), Some.Tenant(), PlanOptions.Default).Drift.InSync);

    [Fact]
    public void AGuestEmailThatBelongsToAMemberIsNotInvitedAndSaysWhyWithB2B2005()
    {
        var plan = Planner.Plan(Some.Stack([Some.Guest(Some.BreakGlassEmail)]), Some.Tenant(), PlanOptions.Default);

        Assert.Empty(plan.Actions);
        Assert.Contains("B2B2005", plan.Codes());
        Assert.False(plan.CanApply);
    }

    [Fact]
    public void AGuestDeletedByHandIsDriftAndIsRestoredFromTheRecycleBin()
    {
        var deletedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var live = Some.Tenant() with { DeletedUsers = [Some.LiveGuest() with { DeletedDateTime = deletedAt }] };

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default);

        Assert.Equal(new RestoreGuest(Some.LiveGuest().Id, Some.Guest().Email), Assert.Single(plan.Actions));
        var drift = plan.SingleDrift(ResourceType.Guest);
        Assert.Equal(DriftStatus.Deleted, drift.Status);
        Assert.Equal(new PropertyDifference("deletedDateTime", "null", "2026-12-01 09:30:00Z"), Assert.Single(drift.Properties));
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void AGuestTurnedMemberInThePortalIsDriftNotAnUnknownMember()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest() with { UserType = "Member" }]);

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default);

        var update = Assert.IsType<UpdateGuest>(Assert.Single(plan.Actions));
        Assert.Equal(("Guest", null, null), (update.UserType, update.AccountEnabled, update.DisplayName));
        Assert.Equal(new PropertyDifference("userType", "Guest", "Member"), Assert.Single(plan.SingleDrift(ResourceType.Guest).Properties));
    }

    [Fact]
    public void ADeclaredB2BMemberIsInSyncAsAMember()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest() with { UserType = "Member" }]);

        Assert.True(Planner.Plan(Some.Stack([Some.Guest() with { UserType = "Member" }]), live, PlanOptions.Default).Drift.InSync);
    }

    [Fact]
    public void AGuestDisabledByHandIsDriftEvenWhenTheStackLeavesAccountEnabledOut()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest() with { AccountEnabled = false }]);

        var plan = Planner.Plan(Some.Stack([Some.Guest() with { AccountEnabled = null }]), live, PlanOptions.Default);

        Assert.True(Assert.IsType<UpdateGuest>(Assert.Single(plan.Actions)).AccountEnabled);
        Assert.Equal(new PropertyDifference("accountEnabled", "true", "false"), Assert.Single(plan.SingleDrift(ResourceType.Guest).Properties));
    }
}
