using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Http;

/// <summary>
/// A transport-neutral request. Both Kestrel requests and $batch sub-requests become one of these,
/// so they share the same auth, faults and routing.
/// </summary>
internal sealed class EmulatorRequest
{
    public required string Method { get; init; }

    /// <summary>Decoded path relative to /v1.0, e.g. <c>/users/a_b.com#EXT#@contoso.onmicrosoft.com</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Decoded query options; keys compared case-insensitively ($TOP and $top are the same).</summary>
    public required IReadOnlyDictionary<string, string> Query { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }
    public string? BodyText { get; init; }
    public bool InsideBatch { get; init; }
    public string RequestId { get; } = Guid.NewGuid().ToString();

    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
    public string? QueryValue(string name) => Query.TryGetValue(name, out var v) ? v : null;

    public string PathAndQuery => Query.Count == 0
        ? Path
        : Path + "?" + string.Join("&", Query.Select(kv => kv.Key + "=" + kv.Value));

    public bool IsWrite => Method is "POST" or "PATCH" or "DELETE" or "PUT";

    /// <summary>Parses the body as a JSON object, or returns null when it is absent or not an object.</summary>
    public JsonObject? BodyObject()
    {
        if (string.IsNullOrWhiteSpace(BodyText))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(BodyText) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static Dictionary<string, string> ParseQuery(string? queryString)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(queryString))
        {
            return result;
        }
        foreach (var pair in queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            result[key] = value;
        }
        return result;
    }
}
