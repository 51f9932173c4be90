using System.Net;
using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Reconciler.Graph.Transport;

/// <summary>What went wrong with one call, reduced to what a diagnostic and the retry loop need.</summary>
internal sealed record GraphFailure(int? Status, string Code, string Message, string? RequestId = null, TimeSpan? RetryAfter = null, RefusalKind? Refusal = null)
{
    /// <summary>No answer arrived (connection dropped or refused), so the server may or may not have acted.</summary>
    public bool AnswerLost => Status is null && Code == LostCode;

    public bool IsMalformed => Code == MalformedCode;

    /// <summary>Worth another attempt: throttling, a gateway or service hiccup, or an answer that never came.</summary>
    public bool IsTransient => AnswerLost || Status is 429 or 500 or 502 or 503 or 504;

    private const string LostCode = "noAnswer";
    private const string MalformedCode = "malformedAnswer";

    /// <summary>A refusal of the client's own (see <see cref="EndpointRefusal"/>): never retried.</summary>
    public static GraphFailure Refused(RefusalKind kind, string message) => new(null, kind.ToString(), message, Refusal: kind);

    /// <summary>Turns any exception out of the SDK into a failure; null means the caller cancelled and it should propagate.</summary>
    public static GraphFailure? From(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return exception switch
        {
            EndpointRefusal refusal => Refused(refusal.Kind, refusal.Message),
            _ when WrappedRefusal(exception) is { } inner => From(inner, cancellationToken),
            ODataError odata => FromODataError(odata),
            // A $batch envelope's failure: Graph.Core keeps its headers apart from Kiota's, Retry-After included.
            Microsoft.Graph.ServiceException service when service.ResponseStatusCode >= 400 =>
                new GraphFailure(service.ResponseStatusCode, ((HttpStatusCode)service.ResponseStatusCode).ToString(), "the service refused the batch.",
                    service.ResponseHeaders?.TryGetValues("request-id", out var ids) == true ? ids.FirstOrDefault() : null,
                    service.ResponseHeaders?.RetryAfter?.Delta ?? RetryAfterOf(((ApiException)service).ResponseHeaders)),
            ApiException api when api.ResponseStatusCode >= 400 =>
                new GraphFailure(api.ResponseStatusCode, ((HttpStatusCode)api.ResponseStatusCode).ToString(), "the service answered without a readable error body.", HeaderValue(api.ResponseHeaders, "request-id"), RetryAfterOf(api.ResponseHeaders)),
            HttpRequestException or TaskCanceledException or TimeoutException or IOException =>
                new GraphFailure(null, LostCode, "the connection was lost before an answer arrived."),
            AggregateException aggregate when aggregate.InnerException is { } inner => From(inner, cancellationToken),
            JsonException or FormatException or InvalidOperationException or InvalidCastException or ApiException =>
                new GraphFailure(null, MalformedCode, "the answer was not the JSON Graph sends (truncated, wrong types, or an HTML page)."),
            _ => new GraphFailure(null, MalformedCode, $"unexpected {exception.GetType().Name}."),
        };
    }

    /// <summary>A refusal the SDK wrapped (it reports a body it could not read as its own exception).</summary>
    private static EndpointRefusal? WrappedRefusal(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is EndpointRefusal refusal)
            {
                return refusal;
            }
        }
        return null;
    }

    private static GraphFailure FromODataError(ODataError error)
    {
        var status = error.ResponseStatusCode;
        var requestId = error.Error?.InnerError?.RequestId ?? HeaderValue(error.ResponseHeaders, "request-id");
        return new GraphFailure(status, error.Error?.Code ?? "unknown", error.Error?.Message ?? "no message", requestId, RetryAfterOf(error.ResponseHeaders));
    }

    private static TimeSpan? RetryAfterOf(IDictionary<string, IEnumerable<string>>? headers) =>
        int.TryParse(HeaderValue(headers, "Retry-After"), out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    internal static string? HeaderValue(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
