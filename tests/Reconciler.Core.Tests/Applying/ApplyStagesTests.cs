using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Applying;

namespace Reconciler.Core.Tests.Applying;

/// <summary>
/// A policy waits for the invitations of the guests it names, not for every guest in the run: at Graph's latency that
/// overlaps a round trip with the rest of the invitations.
/// </summary>
public class ApplyStagesTests
{
    private static readonly ApplyEngine.Confirmation Yes = (_, _, _) => Task.FromResult(true);
    private const string Bea = "bea@fabrikam.example";

    [Fact]
    public async Task APolicyGoesOutWhileGuestsItDoesNotNameAreStillBeingInvited()
    {
        var tenant = new MemoryTenant(Some.Tenant());
        var policySent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tenant.BeforeBatch = async batch =>
        {
            if (batch.Any(a => a is CreatePolicy))
            {
                policySent.TrySetResult();
            }
            if (batch.Any(a => a.Key == Bea))
            {
                // Bea's invitation is still on the wire until the policy has gone out; an engine that waited for
                // every guest first would never get there.
                await policySent.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        };
        var stack = Some.Stack([Some.Guest(), Some.Guest(Bea, "Bea")], [PolicyNaming(Some.GuestEmail)]);

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, null, CancellationToken.None);

        Assert.Equal(ApplyStatus.Converged, result.Status);
        var alex = Assert.Single(tenant.Live.Users, u => u.Mail == Some.GuestEmail);
        var sent = Assert.IsType<CreatePolicy>(Assert.Single(tenant.Applied, a => a is CreatePolicy));
        Assert.Equal([alex.Id], sent.Body.Conditions!.Users!.IncludeUsers);
    }

    [Fact]
    public async Task OutcomesReadInStageOrderWhicheverBatchReturnedFirst()
    {
        const string aaron = "aaron@fabrikam.example", zoe = "zoe@fabrikam.example";
        var tenant = new MemoryTenant(Some.Tenant());
        var aaronInvited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tenant.Meanwhile = live =>
        {
            if (live.Users.Any(u => u.Mail == aaron))
            {
                aaronInvited.TrySetResult();
            }
            return live;
        };
        tenant.BeforeBatch = async batch =>
        {
            if (batch.Any(a => a.Key == zoe))
            {
                await aaronInvited.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        };
        var stack = Some.Stack([Some.Guest(aaron, "Aaron"), Some.Guest(zoe, "Zoe")], [PolicyNaming(zoe)]);
        var observed = new List<string>();

        var result = await new ApplyEngine(tenant).ApplyAsync(stack, PlanOptions.Default, Yes, o => observed.Add(o.Action.Key), CancellationToken.None);

        // Zoe is named by the policy, so her invitation is a stage of its own, ahead of Aaron's, though his came back first.
        Assert.Equal([aaron, zoe, Some.MfaPolicyName], tenant.Applied.Select(a => a.Key));
        Assert.Equal([zoe, aaron, Some.MfaPolicyName], observed);
        Assert.Equal(observed, result.Outcomes.Select(o => o.Action.Key));
    }

    [Fact]
    public void GuestDeletesWaitForEveryOtherStage()
    {
        var actions = new PlannedAction[]
        {
            new DeleteGuest("u-old", "old@fabrikam.example"),
            new InviteGuest(Some.Guest()),
        };

        var stages = ApplyStages.Split(actions);

        var deletes = Assert.Single(stages, s => s.Actions.Any(a => a is DeleteGuest));
        Assert.Equal(Enumerable.Range(0, stages.Count - 1), deletes.WaitsFor);
    }

    [Fact]
    public void APlanListsItsActionsInTheOrderTheStagesSendThem()
    {
        const string aaron = "aaron@fabrikam.example", zoe = "zoe@fabrikam.example";
        var stack = Some.Stack([Some.Guest(aaron, "Aaron"), Some.Guest(zoe, "Zoe")], [PolicyNaming(zoe)]);

        var plan = Planner.Plan(stack, Some.Tenant(), PlanOptions.Default);

        Assert.Equal([zoe, aaron, Some.MfaPolicyName], plan.Actions.Select(a => a.Key));
        Assert.Equal(plan.Actions, ApplyStages.Split(plan.Actions).SelectMany(s => s.Actions));
    }

    private static DesiredPolicy PolicyNaming(string email)
    {
        var policy = Some.MfaPolicy();
        return policy with
        {
            Body = policy.Body with
            {
                Conditions = policy.Body.Conditions! with { Users = policy.Body.Conditions!.Users! with { IncludeUsers = [email] } },
            },
        };
    }
}
