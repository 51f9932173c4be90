using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;

namespace Reconciler.Emulator.Model;

/// <summary>
/// Users, groups and roles as a directoryObject collection (members, memberOf) serves them: each with its
/// <c>@odata.type</c>, projected onto the <c>$select</c> names its type knows. An object of a type the caller may not
/// read comes back with its type and id only and every other property null, as Graph returns "limited information for
/// inaccessible member objects" instead of failing the call.
/// </summary>
internal static class DirectoryObjectView
{
    public const string TypeName = "microsoft.graph.directoryObject";

    /// <summary>Any name one of the member types knows may be selected.</summary>
    public static readonly HashSet<string> Selectable =
        new(UserShape.Selectable.Concat(GroupShape.Selectable).Concat(DirectoryRoleShape.Selectable), StringComparer.OrdinalIgnoreCase);

    public static JsonObject User(JsonObject data, IReadOnlyList<string>? select, IReadOnlySet<string> roles) =>
        View(data, "#microsoft.graph.user", UserShape.DefaultProperties, UserShape.Selectable, select, Permissions.UserRead.Any(roles.Contains));

    public static JsonObject Group(JsonObject data, IReadOnlyList<string>? select, IReadOnlySet<string> roles) =>
        View(data, GroupShape.ODataType, GroupShape.DefaultProperties, GroupShape.Selectable, select, Permissions.GroupRead.Any(roles.Contains));

    public static JsonObject Role(JsonObject data, IReadOnlyList<string>? select, IReadOnlySet<string> roles) =>
        View(data, DirectoryRoleShape.ODataType, DirectoryRoleShape.DefaultProperties, DirectoryRoleShape.Selectable, select, Permissions.RoleRead.Any(roles.Contains));

    /// <summary>The object alone (GET /groups, /groups/{id}): no type annotation, the caller may read it.</summary>
    public static JsonObject Plain(JsonObject data, IReadOnlyList<string> defaults, IReadOnlyList<string>? select)
    {
        var result = new JsonObject();
        foreach (var name in select ?? defaults)
        {
            result[name] = data[name]?.DeepClone();
        }
        return result;
    }

    private static JsonObject View(JsonObject data, string type, IReadOnlyList<string> defaults, HashSet<string> known,
        IReadOnlyList<string>? select, bool readable)
    {
        var result = new JsonObject { ["@odata.type"] = type };
        foreach (var name in select?.Where(known.Contains) ?? defaults)
        {
            result[name] = readable || name == "id" ? data[name]?.DeepClone() : null;
        }
        return result;
    }
}
