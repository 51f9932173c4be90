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
/// <c>ignoreChanges</c>: a path another team manages is not compared, not written by an update (the block is sent
/// with the live value there), and still named in the drift so no report is silent about it.
/// </summary>
public class IgnoreChangesPlanningTests
{
    private const string GroupId = "e0000000-0000-0000-0000-0000000000e1";

    private static DesiredPolicy Policy(params string[] ignored) => Some.MfaPolicy() with { IgnoreChanges = ignored };

    private static LiveSnapshot TenantWithExcludedGroup(Func<ConditionalAccessPolicyBody, ConditionalAccessPolicyBody>? more = null) =>
        InSyncScenarios.TenantAsDeclared(body => (more ?? (b => b))(body with
        {
            Conditions = body.Conditions! with { Users = body.Conditions.Users! with { ExcludeGroups = [GroupId] } },
        }));

    [Fact]
    public void AnIgnoredPathChangedInTheTenantIsNotDriftButIsListedAsIgnored()
    {
        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Policy("conditions.users.excludeGroups")], Some.CrossTenant()), TenantWithExcludedGroup(), PlanOptions.Default);

        Assert.True(plan.Drift.InSync);
        Assert.True(plan.IsEmpty);
        Assert.Equal(new IgnoredPath(ResourceType.ConditionalAccessPolicy, Some.MfaPolicyName, "conditions.users.excludeGroups"), Assert.Single(plan.Drift.Ignored));
    }

    [Fact]
    public void WithoutTheIgnoreTheSameChangeIsDrift()
    {
        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Policy()], Some.CrossTenant()), TenantWithExcludedGroup(), PlanOptions.Default);

        Assert.Equal("conditions.users.excludeGroups", Assert.Single(plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Properties).Path);
        Assert.Empty(plan.Drift.Ignored);
    }

    [Fact]
    public void AnUpdateOfTheSameBlockSendsTheLiveValueAtTheIgnoredPath()
    {
        var live = TenantWithExcludedGroup(body => body with { Conditions = body.Conditions! with { SignInRiskLevels = ["high"] } });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Policy("conditions.users.excludeGroups")], Some.CrossTenant()), live, PlanOptions.Default);

        Assert.Equal("conditions.signInRiskLevels", Assert.Single(plan.SingleDrift(ResourceType.ConditionalAccessPolicy).Properties).Path);
        var patch = Assert.IsType<UpdatePolicy>(Assert.Single(plan.Actions)).Patch;
        Assert.Equal([GroupId], patch.Conditions!.Users!.ExcludeGroups);
        Assert.Null(patch.Conditions.SignInRiskLevels);
        PlanAssertions.AssertConverges(plan, Some.Stack([Some.Guest()], [Policy("conditions.users.excludeGroups")], Some.CrossTenant()), live);
    }

    [Fact]
    public void AnIgnoredBlockCoversEverythingUnderIt()
    {
        var live = InSyncScenarios.TenantAsDeclared(body => body with
        {
            SessionControls = new ConditionalAccessSessionControls { SignInFrequency = new SignInFrequencySetting { IsEnabled = true, Type = "days", Value = 90 } },
        });

        var plan = Planner.Plan(Some.Stack([Some.Guest()], [Policy("sessionControls")], Some.CrossTenant()), live, PlanOptions.Default);

        Assert.True(plan.Drift.InSync);
    }

    [Fact]
    public void ACreateSendsTheDeclaredValuesAndOmitsTheUnsetOnes()
    {
        var declared = Policy("conditions.users.excludeGroups", "sessionControls");

        var create = Assert.IsType<CreatePolicy>(Assert.Single(Planner.Plan(Some.Stack(policies: [declared]), Some.Tenant(), PlanOptions.Default).Actions));

        Assert.Null(create.Body.Conditions!.Users!.ExcludeGroups);
        Assert.Null(create.Body.SessionControls);
    }

    [Fact]
    public void AnIgnoredBlockOfTheDefaultKeepsWhatThePortalOpened()
    {
        var opened = new B2BSetting
        {
            UsersAndGroups = new TargetConfiguration { AccessType = "allowed", Targets = [new AccessTarget("AllUsers", "user")] },
            Applications = new TargetConfiguration { AccessType = "allowed", Targets = [new AccessTarget("AllApplications", "application")] },
        };
        var live = Some.Tenant(defaults: ServiceDefaults.CrossTenant with { B2bDirectConnectInbound = opened });
        var crossTenant = Some.CrossTenant() with { Partners = [], DefaultIgnoreChanges = ["b2bDirectConnectInbound"] };

        var plan = Planner.Plan(Some.Stack(crossTenant: crossTenant), live, PlanOptions.Default);

        Assert.True(plan.Drift.InSync);
        Assert.Equal("b2bDirectConnectInbound", Assert.Single(plan.Drift.Ignored).Path);
    }

    [Fact]
    public void AnIgnoredSwitchOfAPartnerIsSentAsTheTenantHoldsIt()
    {
        var declared = Some.CrossTenant(partnerMfa: false);
        declared = declared with
        {
            Partners = [declared.Partners[0] with
            {
                Settings = new CrossTenantSettings { InboundTrust = new InboundTrust { IsMfaAccepted = false, IsCompliantDeviceAccepted = true } },
                IgnoreChanges = ["inboundTrust.isMfaAccepted"],
            }],
        };

        var plan = Planner.Plan(Some.Stack(crossTenant: declared with { Default = null }), Some.Tenant(partners: [Some.LivePartner(mfa: true)]), PlanOptions.Default);

        Assert.Equal("inboundTrust.isCompliantDeviceAccepted", Assert.Single(plan.SingleDrift(ResourceType.CrossTenantAccessPartner).Properties).Path);
        Assert.True(Assert.IsType<UpdatePartner>(Assert.Single(plan.Actions)).Blocks.InboundTrust!.IsMfaAccepted);
    }

    [Fact]
    public void AnIgnoredGuestPropertyIsNeitherComparedNorWritten()
    {
        var guest = Some.Guest(displayName: "Alex (as the stack names him)") with { IgnoreChanges = ["displayName"] };
        var live = Some.Tenant(users: [Some.BreakGlass(), Some.LiveGuest() with { AccountEnabled = false }]);

        var plan = Planner.Plan(Some.Stack([guest]), live, PlanOptions.Default);

        Assert.Equal("accountEnabled", Assert.Single(plan.SingleDrift(ResourceType.Guest).Properties).Path);
        Assert.Null(Assert.IsType<UpdateGuest>(Assert.Single(plan.Actions)).DisplayName);
    }
}
