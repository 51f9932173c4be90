using System.Text.Json.Nodes;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// <c>ignoreChanges</c> as one tree operation: the declared tree takes the live value at every ignored path (or loses
/// the path where the tenant holds nothing). The comparison then finds nothing there, and an update, which sends each
/// changed block whole, carries the live value back, so the tenant keeps what another team set.
/// </summary>
public static class IgnoredPathOverlay
{
    public static void Apply(JsonObject declared, JsonObject? live, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var parts = path.Split('.');
            var liveValue = Find(live, parts);
            var parent = liveValue is null ? Find(declared, parts[..^1]) as JsonObject : Make(declared, parts[..^1]);
            if (parent is null)
            {
                continue;
            }

            parent.Remove(parts[^1]);
            if (liveValue is not null)
            {
                parent[parts[^1]] = liveValue.DeepClone();
            }
        }
    }

    private static JsonNode? Find(JsonNode? node, IEnumerable<string> parts)
    {
        foreach (var part in parts)
        {
            node = node is JsonObject obj ? obj[part] : null;
        }

        return node;
    }

    /// <summary>The object at <paramref name="parts"/>, creating the blocks on the way that the declaration leaves out.</summary>
    private static JsonObject Make(JsonObject root, IEnumerable<string> parts)
    {
        var node = root;
        foreach (var part in parts)
        {
            if (node[part] is not JsonObject child)
            {
                child = [];
                node[part] = child;
            }

            node = child;
        }

        return node;
    }
}
