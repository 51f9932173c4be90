using System.Globalization;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Organization;

/// <summary>The tenant's own identity, which pins every run, partner tenant names for reports, and guests' home tenants.</summary>
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
    public Task<IReadOnlyDictionary<string, string>> ReadTenantNamesAsync(IEnumerable<string> tenantIds, CancellationToken cancellationToken) =>
        FindTenantsAsync(tenantIds, "findTenantInformationByTenantId(tenantId='{0}')", info => info.DisplayName, cancellationToken);

    /// <summary>
    /// The home tenant id (lower case) behind each email domain (lower case). Best effort, like the names: a domain no
    /// tenant has verified, or a missing permission, leaves the guest's home tenant unknown.
    /// </summary>
    public Task<IReadOnlyDictionary<string, string>> ReadHomeTenantsAsync(IEnumerable<string> domains, CancellationToken cancellationToken) =>
        FindTenantsAsync(domains, "findTenantInformationByDomainName(domainName='{0}')",
            info => Guid.TryParse(info.TenantId, out _) ? info.TenantId!.ToLowerInvariant() : null, cancellationToken);

    /// <summary>One tenantRelationships function per key, batched; keys it finds nothing for (404) are left out.</summary>
    private async Task<IReadOnlyDictionary<string, string>> FindTenantsAsync(IEnumerable<string> keys, string function,
        Func<TenantInformation, string?> pick, CancellationToken cancellationToken)
    {
        var lowered = keys.Select(key => key.ToLowerInvariant()).Distinct().ToList();
        var found = new Dictionary<string, string>();
        if (lowered.Count == 0)
        {
            return found;
        }
        try
        {
            var results = await new BatchGet(graph, caller).GetAsync(
                lowered, key => "/tenantRelationships/" + string.Format(CultureInfo.InvariantCulture, function, Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal))),
                root => JsonGet.Model(root, TenantInformation.CreateFromDiscriminatorValue), cancellationToken);
            foreach (var (key, info) in results)
            {
                if (info is not null && pick(info) is { } value)
                {
                    found[key] = value;
                }
            }
        }
        catch (GraphCallException)
        {
            return found;
        }
        return found;
    }
}
