using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// How two values are judged equal once both are Graph-shaped trees. Each rule is written down, with an
/// example, in docs/normalisation.md.
/// </summary>
public static class NormalisationRules
{
    /// <summary>Properties whose text a person chose: a change of case is a real change. Everything else (ids, enums, emails) ignores case.</summary>
    private static readonly HashSet<string> CaseSensitiveProperties = new(StringComparer.Ordinal)
    {
        "displayName",
        "rule",
    };

    public static bool ValuesEqual(string propertyName, JsonNode declared, JsonNode? live)
    {
        if (live is null)
        {
            return false;
        }

        if (declared.GetValueKind() == JsonValueKind.String && live.GetValueKind() == JsonValueKind.String)
        {
            var comparison = CaseSensitiveProperties.Contains(propertyName)
                ? StringComparison.Ordinal
                : StringComparison.OrdinalIgnoreCase;
            return string.Equals(declared.GetValue<string>(), live.GetValue<string>(), comparison);
        }

        return JsonNode.DeepEquals(declared, live);
    }

    /// <summary>Every list in the model is a set: Graph gives its order no meaning. A missing list is an empty one.</summary>
    public static bool SetsEqual(JsonArray declared, JsonArray? live) =>
        SetKeys(declared).SetEquals(SetKeys(live));

    private static HashSet<string> SetKeys(JsonArray? items) =>
        new((items ?? []).Select(item => item?.ToJsonString() ?? "null"), StringComparer.OrdinalIgnoreCase);
}
