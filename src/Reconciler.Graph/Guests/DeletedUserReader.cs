using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Soft-deleted users whose mail matches a requested email: they block a new invitation for 30 days.
/// Pages through the recycle bin (small by nature) rather than relying on filters it may not support.
/// </summary>
internal sealed class DeletedUserReader(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<IReadOnlyList<LiveUser>> ReadAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        if (emails.Count == 0)
        {
            return [];
        }
        var matcher = new EmailMatcher(emails);
        var matches = new List<LiveUser>();
        var trail = new PageTrail(caller.Limits);
        string? nextLink = null;
        do
        {
            var link = nextLink;
            var page = await caller.RunAsync(ct => link is null
                ? graph.Directory.DeletedItems.GraphUser.GetAsync(rc => rc.QueryParameters.Select = UserFromGraph.DeletedSelect, ct)
                : graph.Directory.DeletedItems.GraphUser.WithUrl(link).GetAsync(cancellationToken: ct), cancellationToken);
            matches.AddRange((page?.Value ?? []).Select(UserFromGraph.Map).Where(user => matcher.Matches(user).Any()));
            nextLink = page?.OdataNextLink is { } next ? trail.Follow(next) : null;
        }
        while (nextLink is not null);
        return matches;
    }
}
