using System.Text.Json.Nodes;
using Reconciler.Core.Planning;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Compares a declared tree with a live one. Only what is declared is compared: a property the declaration leaves
/// out (or sets to null) is not managed and never drift, and the service's own values around it are left alone.
/// </summary>
public static class TreeComparer
{
    public static IReadOnlyList<PropertyDifference> Compare(JsonObject? declared, JsonObject? live, string prefix = "")
    {
        var differences = new List<PropertyDifference>();
        if (declared is not null)
        {
            CompareObject(declared, live, prefix, differences);
        }

        return differences;
    }

    private static void CompareObject(JsonObject declared, JsonObject? live, string prefix, List<PropertyDifference> differences)
    {
        foreach (var (name, declaredValue) in declared)
        {
            if (declaredValue is null)
            {
                continue;
            }

            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            var liveValue = live?[name];
            switch (declaredValue)
            {
                case JsonObject declaredObject:
                    CompareObject(declaredObject, liveValue as JsonObject, path, differences);
                    break;
                case JsonArray declaredArray when !NormalisationRules.SetsEqual(declaredArray, liveValue as JsonArray):
                    differences.Add(new(path, GraphJson.Render(declaredArray), GraphJson.Render(liveValue ?? new JsonArray())));
                    break;
                case JsonArray:
                    break;
                default:
                    if (!NormalisationRules.ValuesEqual(name, declaredValue, liveValue))
                    {
                        differences.Add(new(path, GraphJson.Render(declaredValue), GraphJson.Render(liveValue)));
                    }

                    break;
            }
        }
    }

    /// <summary>The top-level properties (<c>state</c>, <c>conditions</c>, <c>inboundTrust</c>...) that hold at least one difference.</summary>
    public static IReadOnlySet<string> TopLevelProperties(IEnumerable<PropertyDifference> differences) =>
        differences.Select(d => d.Path.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
}
