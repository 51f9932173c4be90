using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Graph's unset values: <c>null</c> (or absent), an empty list, <c>false</c>, and an object that holds nothing
/// else. Graph answers an unset list as <c>[]</c> in one place and <c>null</c> in another, and an unset switch as
/// <c>false</c> or <c>null</c>; none of them changes what a policy does, so none of them is drift.
/// </summary>
public static class UnsetValues
{
    public static bool IsUnset(JsonNode? node) => node switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.All(p => IsUnset(p.Value)),
        _ => node.GetValueKind() == JsonValueKind.False,
    };
}
