using System.Text.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;

namespace Reconciler.Graph.Transport;

/// <summary>
/// A GET through the SDK's pipeline (auth, headers, errors as <see cref="ODataError"/>) whose body is parsed once:
/// the same document feeds the typed models, the shape checks and the scan for values the SDK does not know.
/// </summary>
internal static class JsonGet
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    public static async Task<Stream> StreamAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken)
    {
        request.Headers.TryAdd("Accept", "application/json");
        return await graph.RequestAdapter.SendPrimitiveAsync<Stream>(request, Errors, cancellationToken)
            ?? throw new JsonException("empty body");
    }

    public static async Task<JsonDocument> DocumentAsync(GraphServiceClient graph, RequestInformation request, CancellationToken cancellationToken)
    {
        await using var stream = await StreamAsync(graph, request, cancellationToken);
        return await JsonDocument.ParseAsync(stream, StrictJson.Options, cancellationToken);
    }

    /// <summary>A link Graph gave (a nextLink), to follow as it is.</summary>
    public static RequestInformation Link(string url) => new() { HttpMethod = Method.GET, URI = new Uri(url) };

    /// <summary>The SDK model of one element, built as the SDK would have built it from the whole answer.</summary>
    public static T Model<T>(JsonElement element, ParsableFactory<T> factory)
        where T : IParsable =>
        new JsonParseNode(element).GetObjectValue(factory) ?? throw new JsonException("empty element");

    /// <summary>
    /// Maps part of an answer already received. The mapping reads as the SDK reads, which throws on some wrong types
    /// (an enum given as a number, a fraction where an int belongs); that is a malformed answer (B2B3008), not a crash.
    /// </summary>
    public static T Mapped<T>(Func<T> map)
    {
        try
        {
            return map();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or InvalidCastException or OverflowException)
        {
            throw new GraphCallException(GraphFailure.From(new JsonException(e.Message), CancellationToken.None)!, 1);
        }
    }

    /// <summary>A collection page's items (none when it has no <c>value</c>) and its nextLink; any other shape is malformed.</summary>
    public static (IReadOnlyList<JsonElement> Items, string? NextLink) Collection(JsonDocument page)
    {
        WireShape.RequireCollection(page);
        var root = page.RootElement;
        var items = root.TryGetProperty("value", out var value) ? value.EnumerateArray().ToList() : [];
        return (items, Text(root, "@odata.nextLink"));
    }

    /// <summary>A property of an object that is a string, or null when it is absent or of another type.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
