using System.Text.Json.Nodes;

namespace Reconciler.Reporting;

/// <summary>
/// A list property that changes, as the items it gains and loses: <c>+ b2bCollaborationMember</c> reads at a glance,
/// where two whole arrays side by side make a reviewer diff them by eye (and widen every table they sit in).
/// </summary>
public sealed record ListChange(IReadOnlyList<JsonNode?> Added, IReadOnlyList<JsonNode?> Removed)
{
    /// <summary>The change when both values are lists (Graph's lists are sets: order never counts), else null.</summary>
    public static ListChange? Of(PropertyRow row)
    {
        if (row.Values is not { Declared: JsonArray declared, Live: JsonArray or null } values)
        {
            return null;
        }

        var live = values.Live as JsonArray ?? [];
        return new(
            declared.Where(item => !live.Any(l => JsonNode.DeepEquals(l, item))).ToList(),
            live.Where(item => !declared.Any(d => JsonNode.DeepEquals(d, item))).ToList());
    }
}
