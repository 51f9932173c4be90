using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Loading.Binding;

/// <summary>
/// Reads an object's <c>ignoreChanges</c>. A path that is not one drift could report would ignore nothing, silently,
/// so it is refused where it is written, with the nearest valid path or the valid ones at that level.
/// </summary>
internal static class IgnoreChangesBinder
{
    public const string Key = "ignoreChanges";

    public static IReadOnlyList<string> Read(ObjectReader reader, ResourceType type) =>
        reader.List(Key, (item, itemPath) => Path(reader.Binding, item, itemPath, type))?.Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static string? Path(Binding binding, Tree.ConfigNode item, string itemPath, ResourceType type)
    {
        if (binding.String(item, itemPath) is not { } path)
        {
            return null;
        }

        if (IgnorablePaths.IsValid(type, path))
        {
            return path;
        }

        var nearest = Spelling.Suggest(path, IgnorablePaths.For(type));
        binding.Report(InputDiagnostics.UnknownIgnoreChangesPath(item.Location, itemPath, path, nearest, IgnorablePaths.Children(type, DeepestValidParent(type, path))));
        return null;
    }

    /// <summary><c>conditions.users.nope</c> lists what is under <c>conditions.users</c>; <c>nope</c> the top level.</summary>
    private static string DeepestValidParent(ResourceType type, string path)
    {
        var parts = path.Split('.');
        for (var length = parts.Length - 1; length > 0; length--)
        {
            var parent = string.Join('.', parts.Take(length));
            if (IgnorablePaths.IsValid(type, parent) && IgnorablePaths.Children(type, parent).Count > 0)
            {
                return parent;
            }
        }

        return "";
    }
}
