using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Keeps a guest cache current with <c>GET /users/delta</c>. Without a cache (or with one Graph no longer accepts),
/// it first asks for a deltaLink that starts now (<c>$deltatoken=latest</c>) and then lists every guest, so a change
/// made during the listing is replayed next time rather than missed; replaying it twice is harmless, because a
/// change is applied as "this user now looks like this".
/// </summary>
internal sealed class GuestDeltaReader(GraphServiceClient graph, GraphCaller caller, GuestReader guests)
{
    public async Task<GuestCache> ReadAsync(GuestCache? previous, string tenantId, CancellationToken cancellationToken)
    {
        if (previous is not null && string.Equals(previous.TenantId, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return await ContinueAsync(previous, cancellationToken);
            }
            catch (GraphCallException e) when (e.Failure.Status is 400 or 404 or 410)
            {
                // The token expired or was never valid here: start over.
            }
        }
        return await StartAsync(tenantId, cancellationToken);
    }

    private async Task<GuestCache> StartAsync(string tenantId, CancellationToken cancellationToken)
    {
        var select = string.Join(",", UserFromGraph.Select);
        var start = $"{graph.RequestAdapter.BaseUrl}/users/delta()?$select={select}&$deltatoken=latest";
        var (_, link) = await FollowAsync(start, _ => { }, cancellationToken);
        var all = new List<LiveUser>();
        await guests.EachGuestAsync(all.Add, cancellationToken);
        return new GuestCache(tenantId, link, all);
    }

    private async Task<GuestCache> ContinueAsync(GuestCache previous, CancellationToken cancellationToken)
    {
        var byId = previous.Guests.ToDictionary(g => g.Id, StringComparer.OrdinalIgnoreCase);
        var (_, link) = await FollowAsync(previous.DeltaLink, change => Merge(byId, change), cancellationToken);
        return previous with { DeltaLink = link, Guests = [.. byId.Values] };
    }

    /// <summary>Removed users (soft or hard deleted) and users that are no longer guests leave the cache.</summary>
    private static void Merge(Dictionary<string, LiveUser> byId, User change)
    {
        var id = change.Id ?? "";
        var removed = change.AdditionalData?.ContainsKey("@removed") == true;
        var user = UserFromGraph.Map(change);
        if (removed || !user.IsGuest)
        {
            byId.Remove(id);
        }
        else
        {
            byId[id] = user;
        }
    }

    /// <summary>Follows nextLinks to the deltaLink, handing each change to <paramref name="visit"/>.</summary>
    private async Task<(int Pages, string DeltaLink)> FollowAsync(string link, Action<User> visit, CancellationToken cancellationToken)
    {
        var trail = new PageTrail(caller.Limits);
        for (var pages = 1; ; pages++)
        {
            var current = link;
            var page = await caller.RunAsync(ct => graph.Users.Delta.WithUrl(current).GetAsDeltaGetResponseAsync(cancellationToken: ct), cancellationToken);
            foreach (var change in page?.Value ?? [])
            {
                visit(change);
            }
            if (page?.OdataDeltaLink is { } deltaLink)
            {
                return (pages, deltaLink);
            }
            link = page?.OdataNextLink is { } nextLink
                ? trail.Follow(nextLink)
                : throw new GraphCallException(new GraphFailure(null, "malformedAnswer", "a users/delta page had neither a nextLink nor a deltaLink."), 1);
        }
    }
}
