namespace Reconciler.Graph.Transport;

/// <summary>
/// The links one listing has followed. A link that comes back, or more pages than any tenant has, means the endpoint
/// would keep the client paging forever: the listing stops with a diagnostic instead.
/// </summary>
internal sealed class PageTrail(TransportLimits limits)
{
    private readonly HashSet<string> _followed = new(StringComparer.Ordinal);

    /// <summary>The link, once it is known to be new and under the page cap.</summary>
    public string Follow(string link)
    {
        if (!_followed.Add(link))
        {
            throw Endless($"a nextLink came back after {_followed.Count} pages");
        }
        return _followed.Count >= limits.MaxPages ? throw Endless($"more than {limits.MaxPages} pages") : link;
    }

    private static GraphCallException Endless(string what) =>
        new(GraphFailure.Refused(RefusalKind.EndlessPaging, $"{what}; the listing was stopped."), 1);
}
