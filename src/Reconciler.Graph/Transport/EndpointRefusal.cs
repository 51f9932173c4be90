namespace Reconciler.Graph.Transport;

/// <summary>Why the client itself refused or cut short an exchange with the endpoint, before trusting anything it said.</summary>
public enum RefusalKind
{
    /// <summary>A request (a nextLink, a deltaLink, a redirect) would have left the configured Graph origin.</summary>
    ForeignOrigin,

    /// <summary>The answer did not arrive, headers and body, within the per-request deadline.</summary>
    Deadline,

    /// <summary>The answer was larger than any page Graph sends.</summary>
    TooLarge,

    /// <summary>Paging did not end: a nextLink came back again, or there were more pages than any tenant has.</summary>
    EndlessPaging,

    /// <summary>The tenant stopped answering several requests in a row, so nothing more is sent this run.</summary>
    TenantDown,
}

/// <summary>
/// Thrown from inside the HTTP pipeline or a pager. Not an <see cref="HttpRequestException"/> on purpose: none of
/// these is worth retrying, and <see cref="GraphFailure"/> turns each into its own coded diagnostic.
/// </summary>
public sealed class EndpointRefusal(RefusalKind kind, string message) : Exception(message)
{
    public RefusalKind Kind { get; } = kind;
}
