using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// /groups and /directoryRoles, read-only (the seed fills them): lists paged like the user listing, one object, and
/// its direct members as a directoryObject collection. A role is found by its object id or its roleTemplateId.
/// </summary>
internal static class GroupRoutes
{
    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/groups", Permissions.GroupRead, ListGroups),
        Route.Of("GET", "/groups/{id}", Permissions.GroupRead, GetGroup),
        Route.Of("GET", "/groups/{id}/members", Permissions.GroupRead, GroupMembers),
        Route.Of("GET", "/directoryRoles", Permissions.RoleRead, ListRoles),
        Route.Of("GET", "/directoryRoles/{id}", Permissions.RoleRead, GetRole),
        Route.Of("GET", "/directoryRoles/{id}/members", Permissions.RoleRead, RoleMembers),
    ];

    private static EmulatorResponse ListGroups(RouteContext ctx) =>
        List(ctx, ctx.Store.GroupValues, GroupShape.DefaultProperties, GroupShape.Selectable, "microsoft.graph.group", "groups");

    private static EmulatorResponse ListRoles(RouteContext ctx) =>
        List(ctx, ctx.Store.RoleValues, DirectoryRoleShape.DefaultProperties, DirectoryRoleShape.Selectable, "microsoft.graph.directoryRole", "directoryRoles");

    private static EmulatorResponse GetGroup(RouteContext ctx) =>
        One(ctx, ctx.Store.FindGroup(ctx["id"]), GroupShape.DefaultProperties, GroupShape.Selectable, "microsoft.graph.group", "groups");

    private static EmulatorResponse GetRole(RouteContext ctx) =>
        One(ctx, ctx.Store.FindRole(ctx["id"]), DirectoryRoleShape.DefaultProperties, DirectoryRoleShape.Selectable, "microsoft.graph.directoryRole", "directoryRoles");

    private static EmulatorResponse GroupMembers(RouteContext ctx) => Members(ctx, ctx.Store.FindGroup(ctx["id"]));

    private static EmulatorResponse RoleMembers(RouteContext ctx) => Members(ctx, ctx.Store.FindRole(ctx["id"]));

    private static EmulatorResponse List(RouteContext ctx, IReadOnlyList<JsonObject> stored, string[] defaults, HashSet<string> selectable, string type, string set)
    {
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), selectable, type, out var failure);
        return failure ?? DirectoryPager.Page(ctx, [.. stored.Select(o => DirectoryObjectView.Plain(o, defaults, select))], Fragment(set, select));
    }

    private static EmulatorResponse One(RouteContext ctx, JsonObject? stored, string[] defaults, HashSet<string> selectable, string type, string set)
    {
        if (stored is null)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), selectable, type, out var failure);
        return failure ?? EmulatorResponse.Ok(ctx.Entity(Fragment(set, select) + "/$entity", DirectoryObjectView.Plain(stored, defaults, select)));
    }

    private static EmulatorResponse Members(RouteContext ctx, JsonObject? holder)
    {
        if (holder is null)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), DirectoryObjectView.Selectable, DirectoryObjectView.TypeName, out var failure);
        if (failure is not null)
        {
            return failure;
        }
        var members = new List<JsonObject>();
        foreach (var id in TenantStore.MembersOf(holder))
        {
            if (ctx.Store.FindUser(id) is { } user)
            {
                members.Add(DirectoryObjectView.User(user.Data, select, ctx.Roles));
            }
            else if (ctx.Store.FindGroup(id) is { } group)
            {
                members.Add(DirectoryObjectView.Group(group, select, ctx.Roles));
            }
        }
        return DirectoryPager.Page(ctx, members, "directoryObjects");
    }

    private static string Fragment(string set, IReadOnlyList<string>? select) => select is null ? set : $"{set}({string.Join(",", select)})";
}
