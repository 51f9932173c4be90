using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// /users/{id}/memberOf (direct) and /users/{id}/transitiveMemberOf (through nested groups too): the groups, then the
/// directory roles, that hold the user, as a directoryObject collection.
/// </summary>
internal static class MembershipRoutes
{
    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/users/{id}/memberOf", Permissions.MembershipRead, ctx => Memberships(ctx, transitive: false)),
        Route.Of("GET", "/users/{id}/transitiveMemberOf", Permissions.MembershipRead, ctx => Memberships(ctx, transitive: true)),
    ];

    private static EmulatorResponse Memberships(RouteContext ctx, bool transitive)
    {
        if (ctx.Store.FindUser(ctx["id"]) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), DirectoryObjectView.Selectable, DirectoryObjectView.TypeName, out var failure);
        if (failure is not null)
        {
            return failure;
        }
        var (groups, roles) = ctx.Store.MembershipsOf(user.Id, transitive);
        List<JsonObject> items =
        [
            .. groups.Select(g => DirectoryObjectView.Group(g, select, ctx.Roles)),
            .. roles.Select(r => DirectoryObjectView.Role(r, select, ctx.Roles)),
        ];
        return DirectoryPager.Page(ctx, items, "directoryObjects");
    }
}
