using System.Net;
using Reconciler.Graph.Connection;

namespace Reconciler.Graph.Transport;

/// <summary>
/// The innermost handler before the socket, so every request passes it, redirects the SDK follows included. A request
/// whose scheme, host and port are not the configured Graph origin is refused before it is sent, so no token, and no
/// declared email, reaches another host. Each answer must arrive whole, headers and body, within the per-request
/// deadline, and no larger than the cap.
/// </summary>
internal sealed class OriginGuard(GraphEndpoint endpoint, TransportLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !endpoint.Owns(uri))
        {
            throw new EndpointRefusal(RefusalKind.ForeignOrigin,
                $"the answer sent the client to '{Describe(request.RequestUri)}', which is not the configured Graph origin '{endpoint.Origin}'; nothing was sent there.");
        }
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            deadline.Dispose();
            throw TimedOut(limits);
        }
        catch
        {
            deadline.Dispose();
            throw;
        }
        if (response.Content.Headers.ContentLength > limits.MaxBodyBytes)
        {
            response.Dispose();
            deadline.Dispose();
            throw TooLarge(limits);
        }
        if (IsRedirect(response.StatusCode))
        {
            // The SDK's redirect handler follows it back through this guard; a foreign Location is refused there.
            deadline.Dispose();
            return response;
        }
        response.Content = new BoundedContent(response.Content, limits, deadline, cancellationToken);
        return response;
    }

    internal static EndpointRefusal TimedOut(TransportLimits limits) =>
        new(RefusalKind.Deadline, $"no whole answer within {limits.RequestTimeout.TotalSeconds:0.#} s (the per-request deadline).");

    internal static EndpointRefusal TooLarge(TransportLimits limits) =>
        new(RefusalKind.TooLarge, $"the answer was larger than {limits.MaxBodyBytes / (1024 * 1024)} MB, more than any page Graph sends.");

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    /// <summary>Scheme, host and port only: a link's path and query may carry what was asked for.</summary>
    private static string Describe(Uri? uri) => uri is { IsAbsoluteUri: true } ? GraphEndpoint.OriginOf(uri).ToString().TrimEnd('/') : "(no absolute URL)";
}
