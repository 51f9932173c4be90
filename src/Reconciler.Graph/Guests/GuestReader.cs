using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Core.Live;
using Reconciler.Core.Tenant;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Reads the users a stack cares about. A full read streams every guest page (keeping matches and a bounded sample,
/// counting the rest); a declared read never lists guests and makes a number of requests set by the stack, not the tenant.
/// Requested emails not found among guests (members, break-glass accounts) are looked up in <c>$batch</c>.
/// </summary>
internal sealed class GuestReader(GraphServiceClient graph, GraphCaller caller)
{
    private const string GuestFilter = "userType eq 'Guest'";

    public async Task<(IReadOnlyList<LiveUser> Users, int GuestCount)> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        var matcher = new EmailMatcher(request.Emails);
        var kept = new Dictionary<string, LiveUser>();
        var found = new HashSet<string>();
        int guestCount;
        if (request.Scope == ReadScope.Full)
        {
            guestCount = await StreamGuestsAsync(matcher, kept, found, request, cancellationToken);
        }
        else
        {
            guestCount = await CountGuestsAsync(cancellationToken);
        }
        var missing = matcher.Emails.Where(e => !found.Contains(e)).ToList();
        foreach (var user in await new UserLookup(graph, caller).ByEmailAsync(missing, cancellationToken))
        {
            kept.TryAdd(user.Id, user);
        }
        return (kept.Values.ToList(), guestCount);
    }

    private async Task<int> StreamGuestsAsync(EmailMatcher matcher, Dictionary<string, LiveUser> kept, HashSet<string> found, SnapshotRequest request, CancellationToken cancellationToken)
    {
        var count = 0;
        var pages = 0;
        var unmanaged = 0;
        string? nextLink = null;
        do
        {
            var link = nextLink;
            var page = await caller.RunAsync(ct => link is null
                ? graph.Users.GetAsync(rc =>
                {
                    rc.QueryParameters.Filter = GuestFilter;
                    rc.QueryParameters.Select = UserFromGraph.Select;
                    rc.QueryParameters.Top = 999;
                }, ct)
                : graph.Users.WithUrl(link).GetAsync(cancellationToken: ct), cancellationToken);
            foreach (var user in (page?.Value ?? []).Select(UserFromGraph.Map))
            {
                count++;
                var matches = matcher.Matches(user).ToList();
                found.UnionWith(matches);
                if (matches.Count > 0 || unmanaged++ < request.UnmanagedGuestSample)
                {
                    kept.TryAdd(user.Id, user);
                }
            }
            request.Progress?.Report(new ReadProgress(++pages, count));
            nextLink = page?.OdataNextLink;
        }
        while (nextLink is not null);
        return count;
    }

    private async Task<int> CountGuestsAsync(CancellationToken cancellationToken) =>
        await caller.RunAsync(ct => graph.Users.Count.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = GuestFilter;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, ct), cancellationToken) ?? 0;
}
