using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Organization;

/// <summary>The tenant's own identity, which pins every run, and partner tenant names for reports.</summary>
internal sealed class OrganizationReader(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<LiveOrganization> ReadAsync(CancellationToken cancellationToken)
    {
        var page = await caller.RunAsync(ct => graph.Organization.GetAsync(rc => rc.QueryParameters.Select = ["id", "displayName"], ct), cancellationToken);
        var organization = page?.Value?.FirstOrDefault()
            ?? throw new GraphCallException(new GraphFailure(null, "malformedAnswer", "GET /organization returned no organization."), 1);
        return new LiveOrganization(organization.Id ?? "", organization.DisplayName ?? "");
    }

    /// <summary>Best effort: a name that cannot be found (or a missing permission) only leaves the report showing the id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadTenantNamesAsync(IEnumerable<string> tenantIds, CancellationToken cancellationToken)
    {
        var ids = tenantIds.Select(id => id.ToLowerInvariant()).Distinct().ToList();
        var names = new Dictionary<string, string>();
        if (ids.Count == 0)
        {
            return names;
        }
        try
        {
            var results = await new BatchGet(graph, caller).GetAsync(
                ids, id => $"/tenantRelationships/findTenantInformationByTenantId(tenantId='{Uri.EscapeDataString(id.Replace("'", "''", StringComparison.Ordinal))}')",
                root => JsonGet.Model(root, TenantInformation.CreateFromDiscriminatorValue), cancellationToken);
            foreach (var (id, info) in results)
            {
                if (info?.DisplayName is { } name)
                {
                    names[id] = name;
                }
            }
        }
        catch (GraphCallException)
        {
            return names;
        }
        return names;
    }
}
