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
            return Missing;
        }
        try
        {
            using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(cancellationToken), StrictJson.Options);
            return From(status, body.RootElement, answer.Headers.RetryAfter?.Delta);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or System.Text.DecoderFallbackException)
        {
            // Not Graph's error body; the status alone has to do.
            return From(status, default, answer.Headers.RetryAfter?.Delta);
        }
    }

    /// <summary>The same, for a step answer read from the batch's own JSON (see <see cref="BatchEnvelope"/>).</summary>
    public static GraphFailure From(StepAnswer? answer) =>
        answer is { Status: > 0 } step ? From(step.Status, step.Body, step.RetryAfter) : Missing;

    private static GraphFailure Missing => new(null, "malformedAnswer", "the batch answer was missing a response.");

    private static GraphFailure From(int status, JsonElement body, TimeSpan? retryAfter)
    {
        var (code, message) = (((HttpStatusCode)status).ToString(), $"a batched request failed with {status}.");
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            code = error.TryGetProperty("code", out var c) ? c.ToString() : code;
            message = error.TryGetProperty("message", out var m) ? m.ToString() : message;
        }
        return new GraphFailure(status, code, message, RetryAfter: retryAfter);
    }
}
