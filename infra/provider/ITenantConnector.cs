using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Infra.Provider;

/// <summary>Opens the tenant port for the provider's configuration; a fake in tests, Microsoft Graph in the plugin.</summary>
public interface ITenantConnector
{
    Task<ITenant> ConnectAsync(string tenantId, string? graphUrl, CancellationToken cancellationToken);
}
