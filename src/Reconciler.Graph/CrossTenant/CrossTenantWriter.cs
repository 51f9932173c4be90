using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.CrossTenant;

/// <summary>Patches or resets the cross-tenant default; creates, patches and deletes partner configurations.</summary>
internal sealed class CrossTenantWriter(GraphServiceClient graph, GraphCaller caller, CrossTenantReader reader)
{
    private Microsoft.Graph.Policies.CrossTenantAccessPolicy.CrossTenantAccessPolicyRequestBuilder Policy => graph.Policies.CrossTenantAccessPolicy;

    public Task<ActionOutcome> UpdateDefaultAsync(UpdateCrossTenantDefault action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => Policy.Default.PatchAsync(CrossTenantToGraph.Default(action.Blocks), probe.Attach, attemptToken), ct);
            return "default";
        }, cancellationToken);

    public Task<ActionOutcome> ResetDefaultAsync(ResetCrossTenantDefault action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => Policy.Default.ResetToSystemDefault.PostAsync(probe.Attach, attemptToken), ct);
            return "default";
        }, cancellationToken);

    /// <summary>
    /// Creates a partner. A 409 means another writer (a concurrent apply) created it since we read: adopt it and write
    /// our declared blocks over it, as an update would.
    /// </summary>
    public Task<ActionOutcome> CreatePartnerAsync(CreatePartner action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            try
            {
                return await caller.CreateAsync(
                    async attemptToken => (await Policy.Partners.PostAsync(CrossTenantToGraph.Partner(action.TenantId, action.Settings), probe.Attach, attemptToken))?.TenantId ?? action.TenantId,
                    attemptToken => reader.FindAsync(action.TenantId, attemptToken),
                    ct, mayHaveCommitted);
            }
            catch (GraphCallException e) when (e.Failure.Status == 409)
            {
                await caller.RunAsync(attemptToken => Policy.Partners[action.TenantId].PatchAsync(CrossTenantToGraph.Partner(null, action.Settings), probe.Attach, attemptToken), ct);
                return action.TenantId;
            }
        }, cancellationToken);

    public Task<ActionOutcome> UpdatePartnerAsync(UpdatePartner action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => Policy.Partners[action.TenantId].PatchAsync(CrossTenantToGraph.Partner(null, action.Blocks, action.Cleared), probe.Attach, attemptToken), ct);
            return action.TenantId;
        }, cancellationToken);

    public Task<ActionOutcome> DeletePartnerAsync(DeletePartner action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.DeleteAsync(attemptToken => Policy.Partners[action.TenantId].DeleteAsync(probe.Attach, attemptToken), ct, mayHaveCommitted);
            return action.TenantId;
        }, cancellationToken);
}
