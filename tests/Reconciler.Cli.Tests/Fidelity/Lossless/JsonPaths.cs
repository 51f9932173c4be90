using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Cli.Tests.Fidelity.Lossless;

/// <summary>Dotted paths into Graph JSON, and the one equality the round trip needs: what Graph gives no order is a set.</summary>
internal static class JsonPaths
{
    public static JsonNode? Get(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    /// <summary>Sets the value at the path, making the objects on the way.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var node = root;
        foreach (var segment in segments[..^1])
        {
            if (node[segment] is not JsonObject child)
            {
                child = [];
                node[segment] = child;
            }

            node = child;
        }

        node[segments[^1]] = value?.DeepClone();
    }

    /// <summary>Objects merge key by key; anything else replaces.</summary>
    public static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>
    /// Equal as Graph means them: lists (and flags strings such as <c>"minor,elevated"</c>) as sets, except the one list
    /// whose order is meaningful, objects key by key ignoring <c>@odata.type</c>.
    /// </summary>
    public static bool Same(JsonNode? a, JsonNode? b, bool ordered = false) => (a, b) switch
    {
        (null, null) => true,
        (JsonArray x, JsonArray y) when ordered => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.All(i => y.Any(j => Same(i, j))) && y.All(j => x.Any(i => Same(i, j))),
        (JsonObject x, JsonObject y) => Keys(x).Union(Keys(y)).All(k => Same(x[k], y[k])),
        (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.String && y.GetValueKind() == JsonValueKind.String =>
            Tokens(x.GetValue<string>()).SetEquals(Tokens(y.GetValue<string>())),
        (JsonValue x, JsonValue y) => JsonNode.DeepEquals(x, y),
        _ => false,
    };

    private static IEnumerable<string> Keys(JsonObject obj) => obj.Where(p => !p.Key.StartsWith('@') && p.Value is not null).Select(p => p.Key);

    private static HashSet<string> Tokens(string text) => [.. text.Split(',').Select(t => t.Trim())];
}
