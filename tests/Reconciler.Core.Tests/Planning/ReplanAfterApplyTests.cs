using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Planning;

/// <summary>Applying a plan and planning again must find nothing to do, for any declaration against any starting tenant.</summary>
public class ReplanAfterApplyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASecondPlanAfterApplyingIsEmpty(int seed)
    {
        var random = new Random(seed);
        var stack = RandomStack(random);
        var start = RandomTenant(random, stack);

        var plan = Planner.Plan(stack, start, PlanOptions.Default);

        PlanAssertions.AssertConverges(plan, stack, start);
    }

    [Fact]
    public void TheTutorialStackConvergesFromAnEmptyTenant()
    {
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());

        PlanAssertions.AssertConverges(Planner.Plan(stack, Some.Tenant(), PlanOptions.Default), stack, Some.Tenant());
    }

    private static readonly string[] GuestTypes = ["internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember", "b2bDirectConnectUser", "otherExternalUser", "serviceProvider"];
    private static readonly string[] States = ["enabled", "disabled", "enabledForReportingButNotEnforced"];
    private static readonly string[] Controls = ["mfa", "compliantDevice", "domainJoinedDevice"];

    private static DesiredState RandomStack(Random random)
    {
        var guests = Enumerable.Range(0, random.Next(4))
            .Select(i => new DesiredGuest
            {
                Email = $"guest{i}@fabrikam.example",
                DisplayName = random.Next(2) == 0 ? null : $"Guest {i}",
                AccountEnabled = random.Next(3) switch { 0 => null, 1 => true, _ => false },
                Ensure = random.Next(4) == 0 ? Ensure.Absent : Ensure.Present,
            })
            .ToList();
        var invited = guests.Where(g => g.Ensure == Ensure.Present).Select(g => g.Email).ToList();
        var policies = Enumerable.Range(0, random.Next(3)).Select(i => RandomPolicy(random, i, invited)).ToList();
        return Some.Stack(guests, policies, RandomCrossTenant(random));
    }

    private static DesiredPolicy RandomPolicy(Random random, int i, IReadOnlyList<string> guests) => new()
    {
        Ensure = random.Next(5) == 0 ? Ensure.Absent : Ensure.Present,
        Body = new ConditionalAccessPolicyBody
        {
            DisplayName = $"Policy {i}",
            State = Pick(random, States),
            Conditions = new ConditionalAccessConditions
            {
                ClientAppTypes = random.Next(2) == 0 ? null : ["all"],
                Applications = new() { IncludeApplications = [random.Next(2) == 0 ? "All" : Some.AzureManagementAppId] },
                Users = new()
                {
                    IncludeUsers = guests.Count > 0 && random.Next(2) == 0 ? [Pick(random, guests)] : null,
                    IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = Subset(random, GuestTypes), ExternalTenants = new() { MembershipKind = "all" } },
                    ExcludeUsers = [Some.BreakGlassEmail],
                    ExcludeGroups = random.Next(2) == 0 ? [] : null,
                },
            },
            GrantControls = new() { Operator = Pick(random, ["AND", "OR"]), BuiltInControls = Subset(random, Controls) },
            SessionControls = random.Next(3) == 0 ? new() { SignInFrequency = new() { IsEnabled = true, Type = "hours", Value = random.Next(1, 24) } } : null,
        },
    };

    private static DesiredCrossTenantAccess? RandomCrossTenant(Random random) => random.Next(3) switch
    {
        0 => null,
        _ => new DesiredCrossTenantAccess
        {
            Default = random.Next(2) == 0 ? null : new() { InboundTrust = new() { IsMfaAccepted = random.Next(2) == 0 } },
            Partners = [new DesiredPartner
            {
                TenantId = Some.PartnerTenantId,
                Ensure = random.Next(4) == 0 ? Ensure.Absent : Ensure.Present,
                Settings = new()
                {
                    InboundTrust = new() { IsMfaAccepted = random.Next(2) == 0, IsCompliantDeviceAccepted = random.Next(2) == 0 ? null : true },
                    B2bCollaborationInbound = random.Next(2) == 0 ? null : new() { UsersAndGroups = new() { AccessType = "allowed", Targets = [new AccessTarget("AllUsers", "user")] } },
                },
            }],
        },
    };

    /// <summary>A tenant that holds some of the stack, some of it changed by hand, some of it gone.</summary>
    private static LiveSnapshot RandomTenant(Random random, DesiredState stack)
    {
        var noise = Some.Stack(
            stack.Guests.Where(_ => random.Next(2) == 0).Select(g => g with { Ensure = Ensure.Present, DisplayName = random.Next(2) == 0 ? "Edited in the portal" : g.DisplayName }).ToList(),
            stack.ConditionalAccessPolicies.Where(_ => random.Next(2) == 0).Select(p => p with { Ensure = Ensure.Present, Body = Scramble(random, p.Body) }).ToList(),
            stack.CrossTenantAccess is null || random.Next(2) == 0 ? null : stack.CrossTenantAccess with
            {
                Default = new() { InboundTrust = new InboundTrust { IsMfaAccepted = random.Next(2) == 0, IsCompliantDeviceAccepted = true } },
                Partners = [.. stack.CrossTenantAccess.Partners.Select(p => p with { Ensure = Ensure.Present, Settings = new() { InboundTrust = random.Next(2) == 0 ? null : new() { IsMfaAccepted = true } } })],
            });
        return FakeTenant.Apply(Some.Tenant(), Planner.Plan(noise, Some.Tenant(), PlanOptions.Default).Actions);
    }

    private static ConditionalAccessPolicyBody Scramble(Random random, ConditionalAccessPolicyBody body) => body with
    {
        State = Pick(random, States),
        Conditions = body.Conditions! with
        {
            SignInRiskLevels = random.Next(2) == 0 ? ["high"] : null,
            Users = body.Conditions.Users! with { IncludeRoles = random.Next(2) == 0 ? ["62e90394-69f5-4237-9190-012177145e10"] : null, ExcludeUsers = [] },
        },
        GrantControls = body.GrantControls! with { BuiltInControls = Subset(random, Controls) },
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static List<string> Subset(Random random, IReadOnlyList<string> items)
    {
        var subset = items.Where(_ => random.Next(2) == 0).OrderBy(_ => random.Next()).ToList();
        return subset.Count > 0 ? subset : [items[0]];
    }
}
