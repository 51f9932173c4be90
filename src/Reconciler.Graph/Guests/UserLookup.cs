using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Core.Live;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Guests;

/// <summary>Finds users (guests or members) by email: one <c>$filter</c> per email, twenty to a <c>$batch</c>.</summary>
internal sealed class UserLookup(GraphServiceClient graph, GraphCaller caller)
{
    public async Task<IReadOnlyList<LiveUser>> ByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        if (emails.Count == 0)
        {
            return [];
        }
        var pages = await new BatchGet(graph, caller).GetAsync(emails, Request, UserCollectionResponse.CreateFromDiscriminatorValue, cancellationToken);
        return pages.Values.SelectMany(page => page?.Value ?? []).Select(UserFromGraph.Map)
            .DistinctBy(user => user.Id).ToList();
    }

    /// <summary>A single lookup, for a create whose answer was lost.</summary>
    public async Task<string?> IdByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var page = await caller.RunAsync(ct => graph.Users.GetAsync(rc => Configure(rc.QueryParameters, email), ct), cancellationToken);
        return page?.Value?.FirstOrDefault()?.Id;
    }

    private Microsoft.Kiota.Abstractions.RequestInformation Request(string email) =>
        graph.Users.ToGetRequestInformation(rc => Configure(rc.QueryParameters, email));

    private static void Configure(Microsoft.Graph.Users.UsersRequestBuilder.UsersRequestBuilderGetQueryParameters query, string email)
    {
        var quoted = email.Replace("'", "''", StringComparison.Ordinal);
        query.Filter = $"mail eq '{quoted}' or userPrincipalName eq '{quoted}'";
        query.Select = UserFromGraph.Select;
    }
}
