using System.Text.Json.Nodes;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Lays a declared tree over a live one: declared values win, lists are replaced whole, and whatever the
/// declaration leaves out keeps its live value. This is what an update sends for a whole sub-object, so a
/// setting made in the portal that the stack does not manage survives the write.
/// </summary>
public static class TreeOverlay
{
    public static JsonObject Overlay(JsonObject? live, JsonObject declared)
    {
        var result = live?.DeepClone().AsObject() ?? [];
        foreach (var (name, declaredValue) in declared)
        {
            if (declaredValue is null)
            {
                continue;
            }

            result[name] = declaredValue is JsonObject declaredObject
                ? Overlay(result[name] as JsonObject, declaredObject)
                : declaredValue.DeepClone();
        }

        return result;
    }

    /// <summary>The overlay restricted to some top-level properties: the shape of a PATCH body.</summary>
    public static JsonObject OverlayOnly(JsonObject? live, JsonObject declared, IReadOnlySet<string> properties)
    {
        var overlaid = Overlay(live, declared);
        foreach (var name in overlaid.Select(p => p.Key).Where(n => !properties.Contains(n)).ToList())
        {
            overlaid.Remove(name);
        }

        return overlaid;
    }
}
