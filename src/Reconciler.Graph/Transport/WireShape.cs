using System.Text.Json;

namespace Reconciler.Graph.Transport;

/// <summary>
/// The SDK skips values of the wrong type instead of failing, so a wrong-shaped answer would read as "nothing there"
/// and plan writes. These checks turn such an answer into a malformed-answer failure before it becomes data.
/// </summary>
internal static class WireShape
{
    /// <summary>A collection page: an object whose <c>value</c> is an array.</summary>
    public static void RequireCollection(JsonDocument? document)
    {
        if (document is not null)
        {
            RequireCollection(document.RootElement);
        }
    }

    /// <summary>The same, for an answer that is part of a larger document (a <c>$batch</c> step's body).</summary>
    public static void RequireCollection(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object || (answer.TryGetProperty("value", out var value) && value.ValueKind != JsonValueKind.Array))
        {
            throw Malformed();
        }
    }

    /// <summary>An object whose named properties, when present and not null, are objects too.</summary>
    public static void RequireObjects(JsonDocument? document, params string[] names)
    {
        if (document is null)
        {
            return;
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || names.Any(n => root.TryGetProperty(n, out var p) && p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)))
        {
            throw Malformed();
        }
    }

    private static GraphCallException Malformed() => new(GraphFailure.From(new JsonException(), CancellationToken.None)!, 1);
}
