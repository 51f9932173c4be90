using System.Text.Json.Nodes;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Compares a declared tree with a live one. A declared object is managed whole: every property either side holds is
/// compared, and what the declaration leaves out stands for Graph's unset value (see <see cref="UnsetValues"/>), so a
/// value added in the portal is drift.
/// </summary>
public static class TreeComparer
{
    /// <param name="inheritingBlocks">
    /// Top-level blocks whose null means "inherit" (a partner's <c>inboundTrust</c>...): there a null block and a
    /// block of unset values are different, because the one follows the default and the other does not.
    /// </param>
    public static IReadOnlyList<PropertyDifference> Compare(JsonObject? declared, JsonObject? live, IReadOnlySet<string>? inheritingBlocks = null)
    {
        var differences = new List<PropertyDifference>();
        var inherited = (inheritingBlocks ?? new HashSet<string>()).Where(name => (declared?[name] is null) != (live?[name] is null)).ToHashSet();
        foreach (var name in inherited)
        {
            // The values the block holds, each against null; a block of unset values is shown whole.
            var before = differences.Count;
            CompareObject(declared?[name] as JsonObject ?? [], live?[name] as JsonObject ?? [], name, differences, new HashSet<string>());
            if (differences.Count == before)
            {
                differences.Add(PropertyDifference.Of(name, declared?[name], live?[name]));
            }
        }

        CompareObject(declared ?? [], live ?? [], "", differences, inherited);
        return differences;
    }

    private static void CompareObject(JsonObject declared, JsonObject live, string prefix, List<PropertyDifference> differences, IReadOnlySet<string> skip)
    {
        var names = declared.Select(p => p.Key).Concat(live.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Where(n => !skip.Contains(n));
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
                    CompareObject(declaredValue as JsonObject ?? [], liveValue as JsonObject ?? [], path, differences, new HashSet<string>());
                    break;
                case JsonArray when !NormalisationRules.ListsEqual(name, declaredValue as JsonArray ?? [], liveValue as JsonArray):
                    differences.Add(PropertyDifference.Of(path, declaredValue ?? new JsonArray(), liveValue ?? new JsonArray()));
                    break;
                case JsonArray:
                    break;
                default:
                    if (declaredValue is null || !NormalisationRules.ValuesEqual(name, declaredValue, liveValue))
                    {
                        differences.Add(PropertyDifference.Of(path, declaredValue, liveValue));
                    }

                    break;
            }
        }
    }

    /// <summary>The top-level properties (<c>state</c>, <c>conditions</c>, <c>inboundTrust</c>...) that hold at least one difference.</summary>
    public static IReadOnlySet<string> TopLevelProperties(IEnumerable<PropertyDifference> differences) =>
        differences.Select(d => d.Path.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
}
