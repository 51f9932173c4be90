using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Applying;

namespace Reconciler.Core.Tests.Applying;

public class ApplyEngineTests
{
    private static readonly ApplyEngine.Confirmation Yes = (_, _, _) => Task.FromResult(true);

    [Fact]
    public async Task FromAnEmptyTenantTheTutorialConvergesInThePlannedOrder()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Converged, result.Status);
        Assert.True(result.Verification!.IsEmpty);
        var order = tenant.Applied.Select(a => a.ResourceType).ToList();
        Assert.True(order.LastIndexOf(ResourceType.CrossTenantAccessPartner) < order.IndexOf(ResourceType.Guest));
        Assert.True(order.LastIndexOf(ResourceType.Guest) < order.IndexOf(ResourceType.ConditionalAccessPolicy));
    }

    [Fact]
    public async Task ASecondApplyFindsNothingToDoAndWritesNothing()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());
        await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);
        var writes = tenant.Applied.Count;

        var again = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.NothingToDo, again.Status);
        Assert.Equal(writes, tenant.Applied.Count);
    }

    [Fact]
    public async Task DecliningWritesNothing()
    {
        var tenant = new MemoryTenant(Some.Tenant());

        var result = await new ApplyEngine(tenant).ApplyAsync(Some.Stack([Some.Guest()]), PlanOptions.Default, (_, _, _) => Task.FromResult(false), null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Declined, result.Status);
        Assert.Empty(tenant.Applied);
    }

    [Fact]
    public async Task APolicyNamingAGuestWhoseInvitationFailedIsNotSentAndTheRunIsPartial()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        tenant.FailingKeys.Add("bea@fabrikam.example");
        var policy = Some.MfaPolicy() with
        {
            Body = Some.MfaPolicy().Body with
            {
                Conditions = Some.MfaPolicy().Body.Conditions! with
                {
                    Users = Some.MfaPolicy().Body.Conditions!.Users! with { IncludeUsers = ["bea@fabrikam.example"] },
                },
            },
        };
        var stack = Some.Stack([Some.Guest(), Some.Guest("bea@fabrikam.example", "Bea")], [policy]);

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Partial, result.Status);
        Assert.Contains(result.Outcomes, o => o.Action.Key == Some.GuestEmail && o.Succeeded);
        Assert.Contains(result.Outcomes, o => o.Action.Key == "bea@fabrikam.example" && !o.Succeeded);
        Assert.Contains(result.NotAttempted, a => a is CreatePolicy);
        Assert.DoesNotContain(tenant.Applied, a => a is CreatePolicy);
    }

    [Fact]
    public async Task WhatACreateCannotSetIsFinishedInAFollowUpRound()
    {
        // Graph invites guests enabled; a guest declared disabled needs an update after its invitation.
        var tenant = new MemoryTenant(Some.Tenant()) { InvitedAccountEnabled = true };
        var stack = Some.Stack([Some.Guest() with { AccountEnabled = false }]);

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Converged, result.Status);
        Assert.Collection(tenant.Applied, a => Assert.IsType<InviteGuest>(a), a => Assert.IsType<UpdateGuest>(a));
        Assert.False(tenant.Live.Users.Single(u => u.Mail == Some.GuestEmail).AccountEnabled);
    }

    [Fact]
    public async Task FollowUpRoundsNeverTouchAnObjectTheConfirmedPlanDidNotName()
    {
        var chen = Some.LiveGuest("chen@tailspin.example", "c1000000-0000-0000-0000-00000000c0c0", "Chen");
        var tenant = new MemoryTenant(Some.Tenant([Some.BreakGlass(), chen]));
        var stack = Some.Stack([Some.Guest(), Some.Guest("chen@tailspin.example", "Chen")]);

        // While apply invites alex, someone renames chen in the portal: chen was not in the confirmed plan.
        tenant.Meanwhile = live => live with { Users = [.. live.Users.Select(u => u.Id == chen.Id ? u with { DisplayName = "Renamed by hand" } : u)] };
        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.NotConverged, result.Status);
        Assert.Single(tenant.Applied, a => a is InviteGuest);
        Assert.DoesNotContain(tenant.Applied, a => a.Key == "chen@tailspin.example");
        Assert.Contains(result.Verification!.Actions, a => a.Key == "chen@tailspin.example");
    }

    [Fact]
    public async Task DestroyRemovesTheDeclaredObjectsAndVerifiesNothingIsLeft()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        var stack = Some.Stack([Some.Guest()], [Some.MfaPolicy()], Some.CrossTenant());
        await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        var result = await new ApplyEngine(tenant).DestroyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Converged, result.Status);
        Assert.DoesNotContain(tenant.Live.Users, u => u.Mail == Some.GuestEmail);
        Assert.Empty(tenant.Live.ConditionalAccessPolicies);
        Assert.Empty(tenant.Live.Partners);
    }

    [Fact]
    public async Task WhenPulumiOwnsTheStackApplyIsRefusedWithoutAWrite()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        var stack = Some.Stack([Some.Guest()]) with { Engine = Engine.Pulumi, EngineDeclared = true };

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Refused, result.Status);
        Assert.Empty(tenant.Applied);
    }
}
