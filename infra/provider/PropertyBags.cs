using System.Collections.Immutable;
using Pulumi.Experimental;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Provider;

/// <summary>
/// Converts between Pulumi's property values and Core's property bags (dictionaries, lists, strings, booleans, numbers).
/// Secrets lose their mark (no cross-tenant property is secret); unknowns become <see cref="UnknownValue"/>; assets,
/// archives and resource references stay as they are, so Core's Check rejects them as malformed.
/// </summary>
public static class PropertyBags
{
    public static Dictionary<string, object?> ToBag(IReadOnlyDictionary<string, PropertyValue> properties) =>
        properties.ToDictionary(p => p.Key, p => ToObject(p.Value), StringComparer.Ordinal);

    public static ImmutableDictionary<string, PropertyValue> ToProperties(IReadOnlyDictionary<string, object?> bag) =>
        bag.ToImmutableDictionary(p => p.Key, p => ToValue(p.Value), StringComparer.Ordinal);

    private static object? ToObject(PropertyValue value) => value.Match<object?>(
        () => null,
        b => b,
        n => n,
        s => s,
        a => a.Select(ToObject).ToList(),
        m => ToBag(m),
        _ => value,
        _ => value,
        _ => value,
        () => UnknownValue.Instance);

    private static PropertyValue ToValue(object? value) => value switch
    {
        null => PropertyValue.Null,
        UnknownValue => PropertyValue.Computed,
        bool b => new PropertyValue(b),
        string s => new PropertyValue(s),
        double n => new PropertyValue(n),
        IReadOnlyDictionary<string, object?> map => new PropertyValue(ToProperties(map)),
        IEnumerable<object?> list => new PropertyValue(list.Select(ToValue).ToImmutableArray()),
        PropertyValue property => property,
        _ => throw new ArgumentException($"'{value.GetType().Name}' has no property value form", nameof(value)),
    };
}
