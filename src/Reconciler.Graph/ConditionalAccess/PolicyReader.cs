using Microsoft.Graph;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Live;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.ConditionalAccess;

/// <summary>Reads every Conditional Access policy, page by page, reporting values the SDK does not know.</summary>
internal sealed class PolicyReader(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<(IReadOnlyList<LivePolicy> Policies, IReadOnlyList<Diagnostic> Warnings)> ReadAsync(CancellationToken cancellationToken)
    {
        var policies = new List<LivePolicy>();
        var warnings = new List<Diagnostic>();
        string? nextLink = null;
        do
        {
            var raw = new RawBody();
            var link = nextLink;
            var page = await caller.RunAsync(ct => link is null
                ? graph.Identity.ConditionalAccess.Policies.GetAsync(raw.Attach, ct)
                : graph.Identity.ConditionalAccess.Policies.WithUrl(link).GetAsync(raw.Attach, ct), cancellationToken);
            policies.AddRange(page?.Value?.Select(PolicyFromGraph.Map) ?? []);
            warnings.AddRange(Scan(raw));
            nextLink = page?.OdataNextLink;
        }
        while (nextLink is not null);
        return (policies, warnings);
    }

    /// <summary>Finds a policy by its key, for a create whose answer was lost. Lists, because not every tenant filters on displayName.</summary>
    public async Task<string?> FindIdAsync(string displayName, CancellationToken cancellationToken)
    {
        var (policies, _) = await ReadAsync(cancellationToken);
        return policies.FirstOrDefault(p => string.Equals(p.DisplayName, displayName, StringComparison.Ordinal))?.Id;
    }

    /// <summary>Of the policies named <paramref name="displayName"/> (ignoring case, as plans match), the one every writer agrees to keep.</summary>
    public async Task<string?> FindOldestIdAsync(string displayName, CancellationToken cancellationToken)
    {
        var (policies, _) = await ReadAsync(cancellationToken);
        return policies
            .Where(p => string.Equals(p.DisplayName, displayName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.CreatedDateTime ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault()?.Id;
    }

    private static List<Diagnostic> Scan(RawBody raw)
    {
        using var document = raw.Parse();
        WireShape.RequireCollection(document);
        if (document is null || !document.RootElement.TryGetProperty("value", out var value))
        {
            return [];
        }
        return value.EnumerateArray()
            .SelectMany(policy => UnknownValueScan.Policy(policy, policy.TryGetProperty("displayName", out var name) ? name.ToString() : "policy"))
            .ToList();
    }
}
