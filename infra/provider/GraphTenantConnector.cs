using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Infra.Provider;

/// <summary>
/// Opens the same Graph tenant port as <c>reconciler apply</c>: Azure.Identity for Microsoft Graph (workload identity,
/// managed identity, the Azure CLI, or a client secret or certificate in the environment), a development token from
/// <c>RECONCILER_GRAPH_TOKEN</c> for a local tenant URL, and tenant pinning before anything is read.
/// </summary>
public sealed class GraphTenantConnector : ITenantConnector
{
    public async Task<ITenant> ConnectAsync(string tenantId, string? graphUrl, CancellationToken cancellationToken)
    {
        if (string.Equals(graphUrl, "local", StringComparison.OrdinalIgnoreCase))
        {
            // The provider runs as a separate plugin process, so it cannot share the CLI's in-process local tenant.
            throw new InvalidOperationException(
                "graphUrl 'local' starts a tenant inside the reconciler process only. Run 'reconciler emulator' and set b2b:graphUrl to the URL it prints.");
        }

        var options = new GraphConnectionOptions
        {
            TenantId = tenantId,
            GraphUrl = graphUrl ?? GraphConnectionOptions.MicrosoftGraphUrl,
            DevelopmentToken = Environment.GetEnvironmentVariable("RECONCILER_GRAPH_TOKEN"),
            Environment = Environment.GetEnvironmentVariable,
        };
        var (tenant, failure) = await GraphTenant.ConnectAsync(options, cancellationToken);
        return tenant ?? throw new InvalidOperationException(failure!.ToString());
    }
}
