using Reconciler.Core.Tests.Support;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

/// <summary>A tenant that holds what the stack declares is in sync, however Graph happens to spell it.</summary>
public class InSyncScenarios
{
    private static readonly DesiredState Stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());

    [Fact]
    public void ATenantThatHoldsTheStackHasNothingToDo()
    {
        var plan = Planner.Plan(Stack, TenantAsDeclared(body => body), PlanOptions.Default);

        Assert.True(plan.IsEmpty);
        Assert.True(plan.Drift.InSync);
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void ReorderedSetsOtherCasingAndServiceFilledValuesAreNotDrift()
    {
        var live = TenantAsDeclared(body => body with
        {
            State = "EnabledForReportingButNotEnforced",
            Conditions = body.Conditions! with
            {
                ClientAppTypes = ["ALL"],
                Applications = body.Conditions.Applications! with { IncludeApplications = [Some.AzureManagementAppId.ToUpperInvariant()] },
                Users = body.Conditions.Users! with
                {
                    IncludeGuestsOrExternalUsers = new()
                    {
                        GuestOrExternalUserTypes = ["b2bCollaborationMember", "b2bCollaborationGuest"],
                        ExternalTenants = new() { MembershipKind = "All" },
                    },
                    ExcludeUsers = [Some.BreakGlassId.ToUpperInvariant()],
                },
            },
            GrantControls = body.GrantControls! with { Operator = "or", BuiltInControls = ["MFA"] },
        });

        var plan = Planner.Plan(Stack, live, PlanOptions.Default);

        Assert.True(plan.Drift.InSync, string.Join(", ", plan.Drift.Objects.SelectMany(o => o.Properties.Select(p => p.Path))));
    }

    [Fact]
    public void AGuestEmailInOtherCasingIsTheSameGuest()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest("Alex@Fabrikam.Example")]);

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void APendingInvitationIsShownButIsNotDrift()
    {
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest(state: "PendingAcceptance")]);

        var plan = Planner.Plan(Some.Stack([Some.Guest()]), live, PlanOptions.Default);

        Assert.True(plan.Drift.InSync);
        Assert.Equal("PendingAcceptance", Assert.Single(plan.Drift.Guests).InvitationState);
    }

    internal static LiveSnapshot TenantAsDeclared(Func<ConditionalAccessPolicyBody, ConditionalAccessPolicyBody> spell)
    {
        var declared = Some.MfaPolicy().Body;
        var resolved = declared with
        {
            Conditions = declared.Conditions! with { Users = declared.Conditions.Users! with { ExcludeUsers = [Some.BreakGlassId] } },
        };
        return Some.Tenant(
            users: [Some.BreakGlass(), Some.LiveGuest()],
            policies: [Some.LivePolicy(spell(resolved)) with { ModifiedDateTime = DateTimeOffset.UnixEpoch }],
            partners: [Some.LivePartner(mfa: true)],
            defaults: ServiceDefaults.CrossTenant with { InboundTrust = new InboundTrust { IsMfaAccepted = false, IsCompliantDeviceAccepted = null } });
    }
}
