using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Graph.ConditionalAccess;

/// <summary>Reads every Conditional Access policy, page by page, reporting values the SDK does not know.</summary>
internal sealed class PolicyReader(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<(IReadOnlyList<LivePolicy> Policies, IReadOnlyList<Diagnostic> Warnings)> ReadAsync(CancellationToken cancellationToken)
    {
        var policies = new List<LivePolicy>();
        var warnings = new List<Diagnostic>();
        var trail = new PageTrail(caller.Limits);
        string? nextLink = null;
        do
        {
            var link = nextLink;
            using var page = await caller.RunAsync(ct => JsonGet.DocumentAsync(graph,
                link is null ? graph.Identity.ConditionalAccess.Policies.ToGetRequestInformation() : JsonGet.Link(link), ct), cancellationToken);
            (var items, nextLink) = JsonGet.Collection(page);
            nextLink = nextLink is null ? null : trail.Follow(nextLink);
            foreach (var item in items)
            {
                policies.Add(JsonGet.Mapped(() => PolicyFromJson.Map(item)));
                warnings.AddRange(UnknownValueScan.Policy(item, item.TryGetProperty("displayName", out var name) ? name.ToString() : "policy"));
            }
        }
        while (nextLink is not null);
        return (policies, warnings);
    }

    /// <summary>Finds a policy by its key, for a create whose answer was lost. Lists, because not every tenant filters on displayName.</summary>
    public async Task<string?> FindIdAsync(string displayName, CancellationToken cancellationToken)
    {
        var (policies, _) = await ReadAsync(cancellationToken);
        return policies.FirstOrDefault(p => PolicyKey.Same(p.DisplayName, displayName))?.Id;
    }

    /// <summary>Of the policies named <paramref name="displayName"/> (ignoring case, as plans match), the one every writer agrees to keep.</summary>
    public async Task<string?> FindOldestIdAsync(string displayName, CancellationToken cancellationToken)
    {
        var (policies, _) = await ReadAsync(cancellationToken);
        return OldestId(policies, displayName);
    }

    /// <summary>The rule every concurrent writer applies alike: oldest createdDateTime first, then the smallest id.</summary>
    public static string? OldestId(IEnumerable<LivePolicy> policies, string displayName) =>
        policies
            .Where(p => PolicyKey.Same(p.DisplayName, displayName))
            .OrderBy(p => p.CreatedDateTime ?? DateTimeOffset.MaxValue)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .FirstOrDefault()?.Id;
}
