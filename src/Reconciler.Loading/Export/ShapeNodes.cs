using System.Collections;
using System.Reflection;

namespace Reconciler.Loading.Export;

/// <summary>
/// Turns a Graph-shaped model record into the stack file's camelCase tree, leaving out nulls and empty lists:
/// in a stack file an absent key means "not managed", so writing Graph's empty defaults would only add noise.
/// </summary>
internal static class ShapeNodes
{
    public static Dictionary<string, object?>? ToNode(object? record)
    {
        if (record is null)
        {
            return null;
        }

        var node = new Dictionary<string, object?>();
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = ToValue(property.GetValue(record));
            if (value is not null)
            {
                node[CamelCase(property.Name)] = value;
            }
        }

        return node.Count == 0 ? null : node;
    }

    private static object? ToValue(object? value) => value switch
    {
        null => null,
        string s => s,
        bool or int or long => value,
        IEnumerable list => ToList(list),
        _ => ToNode(value),
    };

    private static List<object>? ToList(IEnumerable list)
    {
        var items = list.Cast<object?>().Select(ToValue).OfType<object>().ToList();
        return items.Count == 0 ? null : items;
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
