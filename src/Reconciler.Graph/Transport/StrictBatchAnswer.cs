using System.Text.Json;

namespace Reconciler.Graph.Transport;

/// <summary>
/// The SDK reads a write <c>$batch</c>'s envelope itself, with a reader that keeps the last of two properties of one
/// name. An envelope that names a property twice (two <c>responses</c>, a step with two <c>status</c>) could say a
/// write succeeded to one reader and failed to another, so it is refused here before the SDK sees it: its writes are
/// then reported as unknown, and the next run reads the tenant before it writes again.
/// </summary>
internal sealed class StrictBatchAnswer : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) != true)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (NamesAPropertyTwice(body))
        {
            response.Dispose();
            throw new JsonException("the $batch answer names a property twice.");
        }

        var buffered = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        return response;
    }

    /// <summary>True only for JSON that reads leniently and not strictly; anything else is the SDK's to judge.</summary>
    private static bool NamesAPropertyTwice(byte[] body)
    {
        try
        {
            using var strict = JsonDocument.Parse(body, StrictJson.Options);
            return false;
        }
        catch (JsonException)
        {
            try
            {
                using var lenient = JsonDocument.Parse(body);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
