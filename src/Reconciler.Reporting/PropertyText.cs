using System.Text.Json.Nodes;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Reporting;

/// <summary>
/// How a property row reads, in the one order every report uses, live before declared (what is there, then what
/// apply makes of it): a create shows the declared value alone, a list the items it gains and loses, anything else
/// <c>live -> declared</c>.
/// </summary>
public static class PropertyText
{
    /// <param name="value">Writes one value from its short rendering and, where known, its JSON.</param>
    public static string Value(ChangeKind kind, PropertyRow row, Func<string, JsonNode?, string> value, string arrow = " -> ")
    {
        if (kind == ChangeKind.Create)
        {
            return value(row.Declared, row.Values?.Declared);
        }

        if (ListChange.Of(row) is { } list)
        {
            var added = list.Added.Select(item => "+ " + value(GraphJson.Render(item), item));
            var removed = list.Removed.Select(item => "- " + value(GraphJson.Render(item), item));
            return string.Join(", ", added.Concat(removed));
        }

        return value(row.Live, row.Values?.Live) + arrow + value(row.Declared, row.Values?.Declared);
    }
}
