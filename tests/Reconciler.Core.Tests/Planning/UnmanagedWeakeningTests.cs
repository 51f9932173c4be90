using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Effects;

namespace Reconciler.Core.Tests.Planning;

/// <summary>
/// Unmanaged objects that weaken guest access of the declared scope, one test per rule (docs/normalisation.md, U1-U3),
/// each beside the nearest case that does not weaken.
/// </summary>
public class UnmanagedWeakeningTests
{
    private const string OtherTenant = "9e8d7c6b-5a49-4382-9170-e6d5c4b3a291";
    private const string GuestId = "a1000000-0000-0000-0000-00000000a001";

    private static UnmanagedPartner Partner(LivePartner partner, DesiredState? stack = null) =>
        Assert.Single(Planner.Plan(stack ?? Some.Stack(), Some.Tenant(partners: [partner]), PlanOptions.Default).Drift.Unmanaged.Partners);

    private static LivePartner Undeclared(CrossTenantSettings settings) => new() { TenantId = OtherTenant, Settings = settings };

    private static B2BSetting Everyone(string accessType) => ServiceDefaults.CrossTenant.B2bCollaborationInbound! with
    {
        UsersAndGroups = new TargetConfiguration { AccessType = accessType, Targets = [new AccessTarget("AllUsers", "user")] },
        Applications = new TargetConfiguration { AccessType = accessType, Targets = [new AccessTarget("AllApplications", "application")] },
    };

    [Theory]
    [InlineData(true, false, false, "inboundTrust accepts its MFA")]
    [InlineData(false, true, false, "inboundTrust accepts its compliant devices")]
    [InlineData(false, false, true, "inboundTrust accepts its hybrid-joined devices")]
    public void U1AnUndeclaredPartnerThatTrustsMfaOrDevicesWeakens(bool mfa, bool compliant, bool hybrid, string reason)
    {
        var partner = Partner(Undeclared(new() { InboundTrust = new InboundTrust { IsMfaAccepted = mfa, IsCompliantDeviceAccepted = compliant, IsHybridAzureADJoinedDeviceAccepted = hybrid } }));

        Assert.Equal((Effect.Weakens, reason), (partner.Effect, partner.Reason));
    }

    [Fact]
    public void U1APartnerThatInheritsOrTrustsNothingIsNeutral()
    {
        Assert.Equal(Effect.Neutral, Partner(Undeclared(new())).Effect);
        Assert.Equal(Effect.Neutral, Partner(Undeclared(new() { InboundTrust = new InboundTrust { IsMfaAccepted = false } })).Effect);
    }

    [Fact]
    public void U2AnUndeclaredPartnerWhoseBlockIsMoreOpenThanTheDefaultWeakens()
    {
        var partner = Partner(Undeclared(new() { B2bDirectConnectInbound = Everyone("allowed") }));

        Assert.Equal(Effect.Weakens, partner.Effect);
        Assert.StartsWith("b2bDirectConnectInbound.usersAndGroups is allowed for everyone where the default is blocked for everyone", partner.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void U2ABlockAsOpenAsTheDefaultOrStricterIsNeutral()
    {
        Assert.Equal(Effect.Neutral, Partner(Undeclared(new() { B2bCollaborationInbound = Everyone("allowed") })).Effect);
        Assert.Equal(Effect.Neutral, Partner(Undeclared(new() { B2bCollaborationInbound = Everyone("blocked") })).Effect);
    }

    [Fact]
    public void AWeakeningPartnerIsListedEvenWhenTheIgnoreListMatchesIt()
    {
        var stack = Some.Stack() with { Ignore = new IgnoreList([], [], ["*"]) };

        Assert.Equal(Effect.Weakens, Partner(Undeclared(new() { InboundTrust = new InboundTrust { IsMfaAccepted = true } }), stack).Effect);
        Assert.Empty(Planner.Plan(stack, Some.Tenant(partners: [Undeclared(new())]), PlanOptions.Default).Drift.Unmanaged.Partners);
    }

    private static ConditionalAccessPolicyBody GuestMfa(string name, string state = "enabled", IReadOnlyList<string>? excludeUsers = null) => new()
    {
        DisplayName = name,
        State = state,
        Conditions = new ConditionalAccessConditions
        {
            ClientAppTypes = ["all"],
            Applications = new ConditionalAccessApplications { IncludeApplications = ["All"] },
            Users = new ConditionalAccessUsers
            {
                IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"], ExternalTenants = new() { MembershipKind = "all" } },
                ExcludeUsers = excludeUsers ?? [],
            },
        },
        GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = ["mfa"] },
    };

    private static UnmanagedPolicy Unmanaged(ConditionalAccessPolicyBody undeclared, params DesiredPolicy[] declared)
    {
        var tenant = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest()], policies: [Some.LivePolicy(undeclared, "c9000000-0000-0000-0000-00000000c009")]);
        return Assert.Single(Planner.Plan(Some.Stack([Some.Guest()], declared), tenant, PlanOptions.Default).Drift.Unmanaged.Policies);
    }

    [Fact]
    public void U3AnUndeclaredEnabledMfaPolicyThatExcludesADeclaredGuestNoDeclaredPolicyCoversWeakens()
    {
        var policy = Unmanaged(GuestMfa("Guest MFA (portal)", excludeUsers: [GuestId]));

        Assert.Equal(Effect.Weakens, policy.Effect);
        Assert.Contains(Some.GuestEmail, policy.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void U3TheSameExclusionChangesNothingWhileADeclaredEnabledPolicyAsksTheGuestForMfa()
    {
        var declared = new DesiredPolicy { Body = GuestMfa("Declared guest MFA") };

        Assert.Equal(Effect.Neutral, Unmanaged(GuestMfa("Guest MFA (portal)", excludeUsers: [GuestId]), declared).Effect);
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("enabledForReportingButNotEnforced")]
    public void U3APolicyThatIsNotEnforcedIsNeutral(string state) =>
        Assert.Equal(Effect.Neutral, Unmanaged(GuestMfa("Guest MFA (portal)", state, [GuestId])).Effect);

    [Fact]
    public void U3APolicyThatExcludesNoDeclaredGuestIsNeutral() =>
        Assert.Equal(Effect.Neutral, Unmanaged(GuestMfa("Guest MFA (portal)", excludeUsers: [Some.BreakGlassId])).Effect);

    [Fact]
    public void U3AMicrosoftManagedPolicyIsHiddenUnlessItWeakens()
    {
        var managed = GuestMfa("Microsoft-managed: MFA for guests", excludeUsers: [GuestId]);
        var tenant = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest()], policies: [Some.LivePolicy(managed) with { TemplateId = "t1" }]);

        var listed = Planner.Plan(Some.Stack([Some.Guest()]), tenant, PlanOptions.Default).Drift.Unmanaged.Policies;
        var covered = Planner.Plan(Some.Stack([Some.Guest()], [new DesiredPolicy { Body = GuestMfa("Declared guest MFA") }]), tenant, PlanOptions.Default).Drift.Unmanaged.Policies;

        Assert.Equal(Effect.Weakens, Assert.Single(listed).Effect);
        Assert.Empty(covered);
    }
}
