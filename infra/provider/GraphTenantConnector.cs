using Reconciler.Core.Tenant;
using Reconciler.Graph;

namespace Reconciler.Infra.Provider;

/// <summary>
/// ASSUMPTION (the Graph adapter is written alongside this provider): <c>Reconciler.Graph</c> exposes
/// <c>GraphTenantFactory.CreateAsync(string tenantId, string? graphUrl, CancellationToken)</c> returning the same
/// <see cref="ITenant"/> the CLI uses, with the CLI's credential chain and tenant pinning. This is the only line that
/// names it; adapt it here if the merged name differs.
/// </summary>
public sealed class GraphTenantConnector : ITenantConnector
{
    public Task<ITenant> ConnectAsync(string tenantId, string? graphUrl, CancellationToken cancellationToken) =>
        GraphTenantFactory.CreateAsync(tenantId, graphUrl, cancellationToken);
}
