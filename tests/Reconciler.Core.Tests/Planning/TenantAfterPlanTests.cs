using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

/// <summary>
/// The tenant after a plan, one action kind at a time. That the projection is what Graph really does is proven
/// against the local tenant in the CLI tests (<c>TenantAfterPlanHonestyTests</c>).
/// </summary>
public class TenantAfterPlanTests
{
    private const string PolicyId = "c0000000-0000-0000-0000-00000000c001";
    private static readonly LiveUser Alex = Some.LiveGuest();

    private static readonly CrossTenantSettings Trusting = new() { InboundTrust = new() { IsMfaAccepted = true } };

    [Fact]
    public void AnInvitedGuestIsThereAsDeclaredKnownByItsEmailUntilGraphGivesItAnId()
    {
        var guest = Some.Guest() with { AccountEnabled = false };

        var after = TenantAfterPlan.Project(Some.Tenant(), [new InviteGuest(guest)]);

        var invited = Assert.Single(after.Users, u => u.IsGuest);
        Assert.Equal((Some.GuestEmail, Some.GuestEmail, "Alex Wilber (Fabrikam)", false, "PendingAcceptance"),
            (invited.Id, invited.Mail, invited.DisplayName, invited.AccountEnabled, invited.ExternalUserState));
        Assert.Equal(1, after.GuestCount);
    }

    [Fact]
    public void AGuestUpdateChangesWhatItSendsAndKeepsTheRest()
    {
        var after = TenantAfterPlan.Project(Some.Tenant(users: [Alex]), [new UpdateGuest(Alex.Id, Alex.Mail!, DisplayName: null, AccountEnabled: false, UserType: "Guest")]);

        var updated = Assert.Single(after.Users);
        Assert.Equal((Alex.DisplayName, false, "Guest"), (updated.DisplayName, updated.AccountEnabled, updated.UserType));
    }

    [Fact]
    public void ARestoredGuestLeavesTheRecycleBinWithItsId()
    {
        var live = Some.Tenant(users: []) with { DeletedUsers = [Alex with { DeletedDateTime = DateTimeOffset.UnixEpoch }] };

        var after = TenantAfterPlan.Project(live, [new RestoreGuest(Alex.Id, Alex.Mail!)]);

        Assert.Equal(Alex.Id, Assert.Single(after.Users).Id);
        Assert.Null(after.Users[0].DeletedDateTime);
        Assert.Empty(after.DeletedUsers);
    }

    [Fact]
    public void ADeletedGuestGoesToTheRecycleBin()
    {
        var after = TenantAfterPlan.Project(Some.Tenant(users: [Some.BreakGlass(), Alex]), [new DeleteGuest(Alex.Id, Alex.Mail!)]);

        Assert.Equal([Some.BreakGlassId], after.Users.Select(u => u.Id));
        Assert.Equal(Alex.Id, Assert.Single(after.DeletedUsers).Id);
    }

    [Fact]
    public void ACreatedPolicyIsTheBodySentUnderAnIdOfItsOwn()
    {
        var create = new CreatePolicy(Some.MfaPolicy().Body);

        var after = TenantAfterPlan.Project(Some.Tenant(), [create]);

        var created = Assert.Single(after.ConditionalAccessPolicies);
        Assert.Equal((TenantAfterPlan.NewPolicyId(create), create.Body), (created.Id, created.Body));
        Assert.Equal([created], TenantAfterPlan.WrittenPolicies(after, [create]));
    }

    [Fact]
    public void APatchReplacesEachTopLevelPropertyItSendsWholeAndKeepsWhatItDoesNotSend()
    {
        var held = Some.MfaPolicy().Body with
        {
            State = PolicyState.ReportOnly,
            SessionControls = new() { SignInFrequency = new() { IsEnabled = true, Type = "days", Value = 90 } },
        };
        var excluding = held.Conditions! with { Users = held.Conditions.Users! with { ExcludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"] } } };
        var live = Some.Tenant(policies: [Some.LivePolicy(held with { Conditions = excluding }, PolicyId)]);
        var patch = new PolicyPatch { Conditions = held.Conditions, ClearsSessionControls = true };

        var after = Assert.Single(TenantAfterPlan.Project(live, [new UpdatePolicy(PolicyId, held.DisplayName, patch)]).ConditionalAccessPolicies).Body;

        Assert.Null(after.Conditions!.Users!.ExcludeGuestsOrExternalUsers);
        Assert.Null(after.SessionControls);
        Assert.Equal((PolicyState.ReportOnly, live.ConditionalAccessPolicies[0].Body.GrantControls), (after.State, after.GrantControls));
    }

    [Fact]
    public void ADeletedPolicyIsGone()
    {
        var live = Some.Tenant(policies: [Some.LivePolicy(Some.MfaPolicy().Body, PolicyId)]);

        Assert.Empty(TenantAfterPlan.Project(live, [new DeletePolicy(PolicyId, Some.MfaPolicyName)]).ConditionalAccessPolicies);
    }

    [Fact]
    public void ADefaultUpdateReplacesTheBlocksItSendsAndKeepsTheOthers()
    {
        var after = TenantAfterPlan.Project(Some.Tenant(), [new UpdateCrossTenantDefault(Trusting)]).CrossTenantDefault;

        Assert.False(after.IsServiceDefault);
        Assert.Equal(Trusting.InboundTrust, after.Settings.InboundTrust);
        Assert.Equal(CrossTenantServiceDefault.Settings.B2bDirectConnectInbound, after.Settings.B2bDirectConnectInbound);
    }

    [Fact]
    public void AResetDefaultIsMicrosoftsServiceDefault()
    {
        var live = Some.Tenant(defaults: Trusting);

        var after = TenantAfterPlan.Project(live, [new ResetCrossTenantDefault()]).CrossTenantDefault;

        Assert.Equal((true, CrossTenantServiceDefault.Settings), (after.IsServiceDefault, after.Settings));
    }

    [Fact]
    public void ACreatedPartnerHoldsTheSettingsSent()
    {
        var after = TenantAfterPlan.Project(Some.Tenant(), [new CreatePartner(Some.PartnerTenantId, Trusting)]);

        Assert.Equal((Some.PartnerTenantId, Trusting), (Assert.Single(after.Partners).TenantId, after.Partners[0].Settings));
    }

    [Fact]
    public void APartnerUpdateReplacesTheBlocksSentAndClearsTheOnesNamedSoTheyInheritAgain()
    {
        var held = new CrossTenantSettings { InboundTrust = new() { IsMfaAccepted = true }, AutomaticUserConsentSettings = new() { InboundAllowed = true } };
        var live = Some.Tenant(partners: [new LivePartner { TenantId = Some.PartnerTenantId, Settings = held }]);
        var blocked = new B2BSetting { UsersAndGroups = new() { AccessType = "blocked", Targets = [new("AllUsers", "user")] } };

        var after = TenantAfterPlan.Project(live, [new UpdatePartner(Some.PartnerTenantId, new() { B2bDirectConnectInbound = blocked }, ["inboundTrust"])]);

        var settings = Assert.Single(after.Partners).Settings;
        Assert.Equal((null, blocked, held.AutomaticUserConsentSettings), (settings.InboundTrust, settings.B2bDirectConnectInbound, settings.AutomaticUserConsentSettings));
    }

    [Fact]
    public void ADeletedPartnerIsGone() =>
        Assert.Empty(TenantAfterPlan.Project(Some.Tenant(partners: [Some.LivePartner()]), [new DeletePartner(Some.PartnerTenantId)]).Partners);

    [Fact]
    public void TheSnapshotItStartsFromIsLeftAsItWas()
    {
        var live = Some.Tenant(users: [Alex], policies: [Some.LivePolicy(Some.MfaPolicy().Body, PolicyId)]);

        _ = TenantAfterPlan.Project(live, [new DeleteGuest(Alex.Id, Alex.Mail!), new DeletePolicy(PolicyId, Some.MfaPolicyName)]);

        Assert.Equal([Alex.Id], live.Users.Select(u => u.Id));
        Assert.Equal([PolicyId], live.ConditionalAccessPolicies.Select(p => p.Id));
    }

    [Fact]
    public void PlanningAgainOnTheProjectionFindsNothingToDo()
    {
        var stack = Some.Stack([Some.Guest(), Some.Guest("kim@fabrikam.example", null) with { Ensure = Ensure.Absent }], [Some.MfaPolicy()], Some.CrossTenant(defaultMfa: true));
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest("kim@fabrikam.example", "a3000000-0000-0000-0000-00000000a003")]);

        var plan = Planner.Plan(stack, live, PlanOptions.Default);
        var again = Planner.Plan(stack, TenantAfterPlan.Project(live, plan.Actions), PlanOptions.Default);

        Assert.Equal(5, plan.Actions.Select(a => a.GetType()).Distinct().Count());
        Assert.Empty(again.Actions);
    }
}
