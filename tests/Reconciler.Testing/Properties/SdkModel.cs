using System.Reflection;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Reconciler.Testing.Properties;

/// <summary>A property of an SDK model, by its wire name; <see cref="ModelType"/> is the Graph type it holds, when it holds one.</summary>
public sealed record SdkProperty(string Name, Type? ModelType, bool IsList);

/// <summary>
/// The Microsoft.Graph SDK's v1.0 models read by reflection: the schema oracle the property table is checked against.
/// The names are the ones the model (de)serialises, without the <c>@odata.type</c> annotation; a type's properties
/// include those of its subtypes where Graph's schema declares the type abstract and sends a subtype by
/// <c>@odata.type</c> (externalTenants' members are the enumerated kind's).
/// </summary>
public static class SdkModel
{
    private static readonly Assembly Models = typeof(ConditionalAccessPolicy).Assembly;

    /// <summary>Abstract in Graph's schema (Kiota generates them as plain classes): a value is always one of the subtypes.</summary>
    private static readonly HashSet<string> Abstract = new(StringComparer.Ordinal) { nameof(ConditionalAccessExternalTenants) };

    public static Type Type(string name) =>
        Models.GetType("Microsoft.Graph.Models." + name) ?? throw new ArgumentException($"The SDK has no model {name}.", nameof(name));

    public static IReadOnlyList<SdkProperty> Properties(Type type)
    {
        var kinds = new[] { type }.Concat(Abstract.Contains(type.Name) ? Models.GetTypes().Where(t => t.IsSubclassOf(type) && !t.IsAbstract) : []);
        return [.. kinds.SelectMany(Own).DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static IEnumerable<SdkProperty> Own(Type type)
    {
        var model = (IParsable)Activator.CreateInstance(type)!;
        foreach (var name in model.GetFieldDeserializers().Keys.Where(k => !k.StartsWith('@')))
        {
            var clr = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            var isList = clr is { IsGenericType: true } && clr.GetGenericTypeDefinition() == typeof(List<>);
            var element = isList ? clr!.GetGenericArguments()[0] : clr;
            element = element is null ? null : Nullable.GetUnderlyingType(element) ?? element;
            var isModel = element is { IsClass: true } && element.Namespace == "Microsoft.Graph.Models" && typeof(IParsable).IsAssignableFrom(element);
            yield return new SdkProperty(name, isModel ? element : null, isList);
        }
    }
}
