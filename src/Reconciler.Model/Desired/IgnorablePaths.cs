using System.Reflection;
using System.Text.Json;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Planning;

namespace Reconciler.Model.Desired;

/// <summary>
/// The dotted property paths an object's <c>ignoreChanges</c> may name: the paths drift reports for that kind of object
/// (Graph's camelCase names, e.g. <c>conditions.users.excludeGroups</c>), each block and each value inside it. Lists
/// are compared as sets, whole, so a path ends at a list. Derived from the model, so a property added to the model is
/// ignorable without a second list to keep in step.
/// </summary>
public static class IgnorablePaths
{
    private static readonly IReadOnlyList<string> Policy = Walk(typeof(ConditionalAccessPolicyBody), "");

    private static readonly IReadOnlyList<string> Partner = Walk(typeof(CrossTenantSettings), "");

    /// <summary>The default is one tenant-wide object: it has no <c>isServiceProvider</c>.</summary>
    private static readonly IReadOnlyList<string> Default = [.. Partner.Where(p => p != "isServiceProvider")];

    /// <summary>The guest properties that are compared (the invitation's own settings are never drift).</summary>
    private static readonly IReadOnlyList<string> Guest = ["accountEnabled", "displayName", "userType"];

    public static IReadOnlyList<string> For(ResourceType type) => type switch
    {
        ResourceType.ConditionalAccessPolicy => Policy,
        ResourceType.CrossTenantAccessPartner => Partner,
        ResourceType.CrossTenantAccessDefault => Default,
        _ => Guest,
    };

    public static bool IsValid(ResourceType type, string path) => For(type).Contains(path, StringComparer.Ordinal);

    /// <summary>The paths directly under <paramref name="parent"/> (the top-level ones for an empty parent).</summary>
    public static IReadOnlyList<string> Children(ResourceType type, string parent) =>
        [.. For(type).Where(p => parent.Length == 0 ? !p.Contains('.') : p.StartsWith(parent + ".", StringComparison.Ordinal) && !p[(parent.Length + 1)..].Contains('.'))];

    /// <summary>True when <paramref name="path"/> is one of <paramref name="ignored"/> or lies under one of them.</summary>
    public static bool Covers(IEnumerable<string> ignored, string path) =>
        ignored.Any(i => path == i || path.StartsWith(i + ".", StringComparison.Ordinal));

    private static List<string> Walk(Type type, string prefix)
    {
        var paths = new List<string>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            paths.Add(path);
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsClass && valueType != typeof(string) && valueType.Namespace is "Reconciler.Model.ConditionalAccess" or "Reconciler.Model.CrossTenant")
            {
                paths.AddRange(Walk(valueType, path + "."));
            }
        }

        return paths;
    }
}
