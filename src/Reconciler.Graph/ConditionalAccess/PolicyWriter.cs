using Microsoft.Graph;
using Reconciler.Core.Planning;
using Reconciler.Core.Tenant;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.ConditionalAccess;

/// <summary>Creates, patches and deletes Conditional Access policies, always from fresh SDK models.</summary>
internal sealed class PolicyWriter(GraphServiceClient graph, GraphCaller caller, PolicyReader reader)
{
    private Microsoft.Graph.Identity.ConditionalAccess.Policies.PoliciesRequestBuilder Policies => graph.Identity.ConditionalAccess.Policies;

    public Task<ActionOutcome> CreateAsync(CreatePolicy action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, (probe, ct) => caller.CreateAsync(
            async attemptToken => (await Policies.PostAsync(PolicyToGraph.Create(action.Body), probe.Attach, attemptToken))?.Id ?? "",
            attemptToken => reader.FindIdAsync(action.Body.DisplayName, attemptToken),
            ct, mayHaveCommitted)!, cancellationToken);

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
}
