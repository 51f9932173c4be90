using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Reads the users a stack cares about. A full read streams every guest page (keeping matches and a bounded sample,
/// counting the rest); an incremental one replays only the changes since its cache; a declared read never lists
/// guests and makes a number of requests set by the stack, not the tenant.
/// Requested emails not found among guests (members, break-glass accounts) are looked up in <c>$batch</c>.
/// </summary>
internal sealed class GuestReader(GraphServiceClient graph, GraphCaller caller, string tenantId)
{
    internal const string GuestFilter = "userType eq 'Guest'";

    public async Task<(IReadOnlyList<LiveUser> Users, int GuestCount, GuestCache? Cache)> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken)
    {
        var selection = new GuestSelection(new EmailMatcher(request.Emails), request.UnmanagedGuestSample);
        GuestCache? cache = null;
        var guestCount = 0;
        if (request is { Scope: ReadScope.Full, Incremental: true })
        {
            cache = await new GuestDeltaReader(graph, caller, this).ReadAsync(request.GuestCache, tenantId, cancellationToken);
            foreach (var guest in cache.Guests)
            {
                selection.Offer(guest);
            }
            guestCount = selection.Count;
        }
        else if (request.Scope == ReadScope.Full)
        {
            selection = await new PartitionedGuestListing(this).ReadAsync(selection, request.Progress, cancellationToken);
            guestCount = selection.Count;
        }

        // A declared read counts guests while it looks the declared ones up.
        var count = request.Scope == ReadScope.Declared ? CountGuestsAsync(cancellationToken) : Task.FromResult(guestCount);
        var found = new UserLookup(graph, caller).ByEmailAsync(selection.Missing.ToList(), cancellationToken);
        await Task.WhenAll(count, found);
        foreach (var user in await found)
        {
            selection.Add(user);
        }
        guestCount = await count;
        return (selection.Kept.ToList(), guestCount, cache);
    }

    /// <summary>Streams every guest, page by page ($top=999), handing each to <paramref name="visit"/> and keeping none.</summary>
    public Task EachGuestAsync(Action<LiveUser> visit, CancellationToken cancellationToken) =>
        EachGuestAsync(new EveryGuest(visit), cancellationToken);

    /// <summary>
    /// Streams every guest, page by page ($top=999), offering each to <paramref name="visitor"/>. The next page is
    /// asked for as soon as this one's nextLink has arrived, before its users are read, so the listing costs the
    /// wire's time or the reading's, whichever is longer, not both.
    /// </summary>
    public async Task EachGuestAsync(IGuestVisitor visitor, CancellationToken cancellationToken, IProgress<ReadProgress>? progress = null)
    {
        var pages = 0;
        await EachGuestAsync(FirstPage(GuestFilter), advanced: false, visitor, (_, guests) => progress?.Report(new ReadProgress(++pages, guests)), cancellationToken);
    }

    /// <summary>
    /// Streams the guests one listing (<paramref name="first"/> and the pages it links to) returns, as above; returns
    /// how many it held. An <paramref name="advanced"/> listing (one whose filter needs Graph's advanced queries) sends
    /// <c>ConsistencyLevel: eventual</c> with every page, as Graph does not carry it over to the next.
    /// </summary>
    /// <param name="pageRead">Hears each page's guest count and the listing's total so far.</param>
    public async Task<int> EachGuestAsync(RequestInformation first, bool advanced, IGuestVisitor visitor, Action<int, int> pageRead, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var guests = 0;
        var trail = new PageTrail(caller.Limits);
        RequestInformation Link(string link) => advanced ? Advanced(JsonGet.Link(trail.Follow(link))) : JsonGet.Link(trail.Follow(link));
        PageFetch? current = Start(first, visitor.Matcher, stop.Token);
        PageFetch? next = null;
        try
        {
            while (current is not null)
            {
                var link = await current.NextLink;
                next = link is null ? null : Start(Link(link), visitor.Matcher, stop.Token);
                using var page = await current.Page;
                if (page.NextLink != link)
                {
                    // A retried page may name another (equally valid) continuation: follow the page actually read.
                    await PageFetch.AbandonAsync(next);
                    next = page.NextLink is { } checkedLink ? Start(Link(checkedLink), visitor.Matcher, stop.Token) : null;
                }
                var held = GuestPage.Visit(page, visitor);
                guests += held;
                pageRead(held, guests);
                (current, next) = (next, null);
            }

            return guests;
        }
        finally
        {
            await stop.CancelAsync();
            await PageFetch.AbandonAsync(current);
            await PageFetch.AbandonAsync(next);
        }
    }

    private PageFetch Start(RequestInformation request, EmailMatcher matcher, CancellationToken cancellationToken) =>
        PageFetch.Start((nextLinkSeen, ct) => caller.RunAsync(attempt => GuestPage.FetchAsync(graph, request, matcher, nextLinkSeen, attempt), ct), cancellationToken);

    /// <summary>The first page of guests matching <paramref name="filter"/>, 999 to a page; with <paramref name="advanced"/> as Graph's advanced queries ask.</summary>
    public RequestInformation FirstPage(string filter, bool advanced = false)
    {
        var first = graph.Users.ToGetRequestInformation(rc =>
        {
            rc.QueryParameters.Filter = filter;
            rc.QueryParameters.Select = UserFromGraph.Select;
            rc.QueryParameters.Top = 999;
            rc.QueryParameters.Count = advanced ? true : null;
        });
        return advanced ? Advanced(first) : first;
    }

    private static RequestInformation Advanced(RequestInformation request)
    {
        request.Headers.Add("ConsistencyLevel", "eventual");
        return request;
    }

    /// <summary>How many guests the tenant holds, by Graph's <c>$count</c> (an advanced query).</summary>
    public async Task<int> CountGuestsAsync(CancellationToken cancellationToken) =>
        await caller.RunAsync(ct => graph.Users.Count.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = GuestFilter;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, ct), cancellationToken) ?? 0;
}
