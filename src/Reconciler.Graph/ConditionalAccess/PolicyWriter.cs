using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Permissions;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.ConditionalAccess;

/// <summary>Creates, patches and deletes Conditional Access policies, always from fresh SDK models.</summary>
internal sealed class PolicyWriter(GraphServiceClient graph, GraphCaller caller, PolicyReader reader)
{
    private Microsoft.Graph.Identity.ConditionalAccess.Policies.PoliciesRequestBuilder Policies => graph.Identity.ConditionalAccess.Policies;

    /// <summary>
    /// Creates a policy without ever leaving two with one displayName, though Graph allows it and another apply may
    /// be creating the same policy right now. Before: adopt one that appeared since the plan was read. After: if
    /// several exist, the oldest (createdDateTime, then id) is kept by every writer alike; a writer whose own is not
    /// the oldest deletes it and writes its body over the kept one.
    /// </summary>
    public Task<ActionOutcome> CreateAsync(CreatePolicy action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            var name = action.Body.DisplayName;
            if (await reader.FindIdAsync(name, ct) is { } appeared)
            {
                return await OverwriteAsync(appeared, action, probe, ct);
            }
            var ours = await caller.CreateAsync(
                async attemptToken => (await Policies.PostAsync(PolicyToGraph.Create(action.Body), probe.Attach, attemptToken))?.Id ?? "",
                attemptToken => reader.FindIdAsync(name, attemptToken),
                ct, mayHaveCommitted);
            var oldest = await reader.FindOldestIdAsync(name, ct) ?? ours;
            if (oldest == ours)
            {
                return ours;
            }
            await caller.DeleteAsync(attemptToken => Policies[ours].DeleteAsync(probe.Attach, attemptToken), ct);
            return await OverwriteAsync(oldest, action, probe, ct);
        }, cancellationToken);

    public Task<ActionOutcome> UpdateAsync(UpdatePolicy action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => Policies[action.PolicyId].PatchAsync(PolicyToGraph.Patch(action.Patch), probe.Attach, attemptToken), ct);
            return action.PolicyId;
        }, cancellationToken);

    public Task<ActionOutcome> DeleteAsync(DeletePolicy action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.DeleteAsync(attemptToken => Policies[action.PolicyId].DeleteAsync(probe.Attach, attemptToken), ct, mayHaveCommitted);
            return action.PolicyId;
        }, cancellationToken);

    private async Task<string?> OverwriteAsync(string id, CreatePolicy action, RequestIdProbe probe, CancellationToken cancellationToken)
    {
        await caller.RunAsync(attemptToken => Policies[id].PatchAsync(PolicyToGraph.Create(action.Body), probe.Attach, attemptToken), cancellationToken);
        return id;
    }

    /// <summary>
    /// The batched twin of the rule in <see cref="CreateAsync"/>: after policies were created in batches, one list shows
    /// whether a concurrent apply created the same names; where ours is not the oldest, ours is deleted and our body is
    /// written over the one every writer keeps. <paramref name="currentPolicies"/> lists the policies as they are now;
    /// <c>Wrote</c> says whether settling wrote anything.
    /// </summary>
    public async Task<(IReadOnlyList<ActionOutcome> Outcomes, bool Wrote)> SettleConcurrentCreatesAsync(IReadOnlyList<ActionOutcome> outcomes,
        Func<CancellationToken, Task<IReadOnlyList<LivePolicy>>> currentPolicies, CancellationToken cancellationToken)
    {
        var created = outcomes.Where(o => o is { Succeeded: true, Action: CreatePolicy, ObjectId: not null }).ToList();
        if (created.Count == 0)
        {
            return (outcomes, false);
        }

        IReadOnlyList<LivePolicy> live;
        try
        {
            live = await currentPolicies(cancellationToken);
        }
        catch (GraphCallException e)
        {
            // Unsettled creates may stand beside a concurrent writer's: report them failed, and the next apply settles.
            return ([.. outcomes.Select(o => created.Contains(o) ? o with { Succeeded = false, Failure = FailureDiagnostics.For(e, GraphOperation.ReadPolicies, o.Action.Key) } : o)], false);
        }
        var settled = outcomes.ToList();
        var wrote = false;
        foreach (var outcome in created)
        {
            var action = (CreatePolicy)outcome.Action;
            var oldest = PolicyReader.OldestId(live, action.Body.DisplayName);
            if (oldest is null || oldest == outcome.ObjectId)
            {
                continue;
            }

            wrote = true;
            var index = settled.IndexOf(outcome);
            settled[index] = await WriteOutcome.RunAsync(action, async (probe, ct) =>
            {
                await caller.DeleteAsync(attemptToken => Policies[outcome.ObjectId!].DeleteAsync(probe.Attach, attemptToken), ct, mayHaveCommitted: true);
                return await OverwriteAsync(oldest, action, probe, ct);
            }, cancellationToken);
        }

        return (settled, wrote);
    }
}
