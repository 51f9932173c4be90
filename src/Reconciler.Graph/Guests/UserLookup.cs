using Microsoft.Graph;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Finds users (guests or members) by email. Emails go seven to a <c>$filter</c>
/// (<c>mail in (...) or userPrincipalName in (...)</c>: fourteen expressions, inside Graph's limit of fifteen) and
/// twenty filters to a <c>$batch</c>, so 500 emails cost four requests, not twenty-five.
/// </summary>
internal sealed class UserLookup(GraphServiceClient graph, GraphCaller caller)
{
    public Task<IReadOnlyList<LiveUser>> ByEmailAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken) =>
        FilteredAsync(emails, EmailsPerFilter, Request, cancellationToken);

    /// <summary>Users by object id, fifteen to a <c>$filter=id in (...)</c> (Graph's limit on an <c>in</c> list).</summary>
    public Task<IReadOnlyList<LiveUser>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        FilteredAsync(ids, IdsPerFilter, quoted => "/users?$filter=" + Uri.EscapeDataString($"id in ({quoted})") + "&" + SelectQuery, cancellationToken);

    private async Task<IReadOnlyList<LiveUser>> FilteredAsync(IReadOnlyCollection<string> values, int perFilter, Func<string, string> request, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return [];
        }
        var groups = values.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(perFilter).Select(g => string.Join(',', g.Select(Quote))).ToList();
        var pages = await new BatchGet(graph, caller).GetAsync(groups, request, RawUser.Collection, cancellationToken);
        return pages.Values.SelectMany(users => users ?? []).DistinctBy(user => user.Id).ToList();
    }

    /// <summary>A single lookup, for a create whose answer was lost.</summary>
    public async Task<string?> IdByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var request = graph.Users.ToGetRequestInformation(rc => Configure(rc.QueryParameters, email));
        using var page = await caller.RunAsync(ct => JsonGet.DocumentAsync(graph, request, ct), cancellationToken);
        var (users, _) = JsonGet.Collection(page);
        return users.Count > 0 && users[0].ValueKind == System.Text.Json.JsonValueKind.Object
            && users[0].TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
    }

    private const int EmailsPerFilter = 7;

    private const int IdsPerFilter = 15;

    private static readonly string SelectQuery = "$select=" + string.Join(',', UserFromGraph.Select);

    /// <summary>One filter for a group of quoted emails, e.g. <c>'a@x.example','b@y.example'</c>, as a batch step's URL.</summary>
    private static string Request(string quotedEmails) =>
        "/users?$filter=" + Uri.EscapeDataString($"mail in ({quotedEmails}) or userPrincipalName in ({quotedEmails})") + "&" + SelectQuery;

    private static void Configure(Microsoft.Graph.Users.UsersRequestBuilder.UsersRequestBuilderGetQueryParameters query, string email)
    {
        var quoted = Quote(email);
        query.Filter = $"mail eq {quoted} or userPrincipalName eq {quoted}";
        query.Select = UserFromGraph.Select;
    }

    private static string Quote(string email) => $"'{email.Replace("'", "''", StringComparison.Ordinal)}'";
}
