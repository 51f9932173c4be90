using System.Text.Json.Nodes;
using Reconciler.Core.Planning;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Compares a declared tree with a live one. A declared object is managed whole: every property either side holds is
/// compared, and what the declaration leaves out stands for Graph's unset value (see <see cref="UnsetValues"/>), so a
/// value added in the portal is drift.
/// </summary>
public static class TreeComparer
{
    public static IReadOnlyList<PropertyDifference> Compare(JsonObject? declared, JsonObject? live, string prefix = "")
    {
        var differences = new List<PropertyDifference>();
        CompareObject(declared ?? [], live ?? [], prefix, differences);
        return differences;
    }

    private static void CompareObject(JsonObject declared, JsonObject live, string prefix, List<PropertyDifference> differences)
    {
        var names = declared.Select(p => p.Key).Concat(live.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var declaredValue = declared[name];
            var liveValue = live[name];
            if (UnsetValues.IsUnset(declaredValue) && UnsetValues.IsUnset(liveValue))
            {
                continue;
            }

            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            switch (declaredValue ?? liveValue)
            {
                case JsonObject:
                    CompareObject(declaredValue as JsonObject ?? [], liveValue as JsonObject ?? [], path, differences);
                    break;
                case JsonArray when !NormalisationRules.SetsEqual(declaredValue as JsonArray ?? [], liveValue as JsonArray):
                    differences.Add(new(path, GraphJson.Render(declaredValue ?? new JsonArray()), GraphJson.Render(liveValue ?? new JsonArray())));
                    break;
                case JsonArray:
                    break;
                default:
                    if (declaredValue is null || !NormalisationRules.ValuesEqual(name, declaredValue, liveValue))
                    {
                        differences.Add(new(path, GraphJson.Render(declaredValue), GraphJson.Render(liveValue)));
                    }

                    break;
            }
        }
    }


    /// <summary>
    /// The older rule, still used for cross-tenant settings: only what is declared is compared, and a property the
    /// declaration leaves out keeps whatever the tenant holds.
    /// </summary>
    public static IReadOnlyList<PropertyDifference> CompareDeclaredOnly(JsonObject? declared, JsonObject? live)
    {
        var differences = new List<PropertyDifference>();
        if (declared is not null)
        {
            CompareDeclaredObject(declared, live, "", differences);
        }

        return differences;
    }

    private static void CompareDeclaredObject(JsonObject declared, JsonObject? live, string prefix, List<PropertyDifference> differences)
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
                    CompareDeclaredObject(declaredObject, liveValue as JsonObject, path, differences);
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
