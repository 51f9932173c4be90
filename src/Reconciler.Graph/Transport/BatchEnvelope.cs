using System.Globalization;
using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions;

namespace Reconciler.Graph.Transport;

/// <summary>
/// A JSON <c>$batch</c> of reads, written and read directly. The SDK's batch classes turn every step into a request
/// message and every answer into a response message whose body is parsed again; here the envelope is written from
/// each step's URL, sent through the SDK's pipeline (auth, Graph's errors), and its answer parsed once.
/// </summary>
internal static class BatchEnvelope
{
    /// <summary>The envelope for GET steps, each named by its id and given by its URL relative to the version root.</summary>
    public static byte[] Write(IEnumerable<(string Id, string Url)> steps)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("requests");
            foreach (var (id, url) in steps)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteString("method", "GET");
                json.WriteString("url", url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Sends the envelope and reads the answer whole; an answer that is not a batch answer is a malformed one.</summary>
    public static async Task<BatchAnswers> SendAsync(GraphServiceClient graph, byte[] envelope, CancellationToken cancellationToken)
    {
        var root = graph.RequestAdapter.BaseUrl?.TrimEnd('/') ?? "";
        var request = new RequestInformation { HttpMethod = Method.POST, URI = new Uri(root + "/$batch") };
        request.SetStreamContent(new MemoryStream(envelope, writable: false), "application/json");
        await using var stream = await JsonGet.StreamAsync(graph, request, cancellationToken);
        return BatchAnswers.Read(await JsonDocument.ParseAsync(stream, StrictJson.Options, cancellationToken));
    }
}

/// <summary>One step's answer: its status, the Retry-After it carried, and its body (undefined when it had none).</summary>
internal readonly record struct StepAnswer(int Status, JsonElement Body, TimeSpan? RetryAfter);

/// <summary>A batch answer's steps by id, over the one parsed document they point into.</summary>
internal sealed class BatchAnswers : IDisposable
{
    private readonly JsonDocument _document;
    private readonly Dictionary<string, StepAnswer> _byId = new(StringComparer.Ordinal);

    private BatchAnswers(JsonDocument document) => _document = document;

    /// <summary>The answer to a step, or null when the batch answer left it out.</summary>
    public StepAnswer? this[string id] => _byId.TryGetValue(id, out var answer) ? answer : null;

    public static BatchAnswers Read(JsonDocument document)
    {
        var answers = new BatchAnswers(document);
        try
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("responses", out var responses) || responses.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("a $batch answer without responses");
            }
            foreach (var step in responses.EnumerateArray())
            {
                if (step.ValueKind == JsonValueKind.Object && JsonGet.Text(step, "id") is { } id
                    && step.TryGetProperty("status", out var status) && status.TryGetInt32(out var code))
                {
                    answers._byId[id] = new StepAnswer(code, step.TryGetProperty("body", out var body) ? body : default, RetryAfter(step));
                }
            }
            return answers;
        }
        catch
        {
            answers.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    private static TimeSpan? RetryAfter(JsonElement step) =>
        step.TryGetProperty("headers", out var headers) && headers.ValueKind == JsonValueKind.Object
            && headers.EnumerateObject().FirstOrDefault(h => h.Name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } header
            && int.TryParse(header.Value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
