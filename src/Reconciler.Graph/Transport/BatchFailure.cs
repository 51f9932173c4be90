using System.Net;
using System.Text.Json;

namespace Reconciler.Graph.Transport;

/// <summary>Reads a failed <c>$batch</c> step (status and Graph's error body) into a <see cref="GraphFailure"/>.</summary>
internal static class BatchFailure
{
    public static async Task<GraphFailure> ReadAsync(int status, HttpResponseMessage? answer, CancellationToken cancellationToken)
    {
        if (status == 0 || answer is null)
        {
            return new GraphFailure(null, "malformedAnswer", "the batch answer was missing a response.");
        }
        var (code, message) = (((HttpStatusCode)status).ToString(), $"a batched request failed with {status}.");
        try
        {
            using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(cancellationToken));
            if (body.RootElement.TryGetProperty("error", out var error))
            {
                code = error.TryGetProperty("code", out var c) ? c.ToString() : code;
                message = error.TryGetProperty("message", out var m) ? m.ToString() : message;
            }
        }
        catch (JsonException)
        {
            // Not Graph's error body; the status alone has to do.
        }
        return new GraphFailure(status, code, message, RetryAfter: answer.Headers.RetryAfter?.Delta);
    }
}
