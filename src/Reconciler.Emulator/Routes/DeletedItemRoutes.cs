using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Routes;

/// <summary>/directory/deletedItems for users: list (both cast spellings), get, restore, permanent delete.</summary>
internal static class DeletedItemRoutes
{
    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/directory/deletedItems/microsoft.graph.user", Permissions.UserRead, List),
        Route.Of("GET", "/directory/deletedItems/graph.user", Permissions.UserRead, List),
        Route.Of("GET", "/directory/deletedItems/{id}", Permissions.UserRead, Get),
        Route.Of("POST", "/directory/deletedItems/{id}/restore", Permissions.UserWrite, Restore),
        Route.Of("POST", "/directory/deletedItems/{id}/microsoft.graph.restore", Permissions.UserWrite, Restore),
        Route.Of("DELETE", "/directory/deletedItems/{id}", Permissions.UserWrite, Purge),
    ];

    private static JsonObject Typed(JsonObject user)
    {
        user.Insert(0, "@odata.type", "#microsoft.graph.user");
        return user;
    }

    private static EmulatorResponse List(RouteContext ctx)
    {
        if (QueryOptions.Parse(ctx.Request, out var failure) is not { } options)
        {
            return failure!;
        }
        // deletedDateTime is what callers come here for, so it is part of the default projection.
        options = options with { Select = options.Select ?? [.. UserShape.DefaultProperties, "deletedDateTime"] };
        return EmulatorResponse.Ok(UserPager.Page(ctx, options, UserState.SoftDeleted, "users", Typed));
    }

    private static EmulatorResponse Get(RouteContext ctx) =>
        ctx.Store.FindUser(ctx["id"], softDeleted: true) is { } user
            ? EmulatorResponse.Ok(ctx.Entity("directoryObjects/$entity",
                Typed(UserShape.Project(user.Data, [.. UserShape.DefaultProperties, "deletedDateTime"]))))
            : EmulatorResponse.NotFound(ctx["id"]);

    private static EmulatorResponse Restore(RouteContext ctx)
    {
        if (ctx.Store.FindUser(ctx["id"], softDeleted: true) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        if (user.Upn is { } upn && ctx.Store.FindUser(upn) is not null)
        {
            return EmulatorResponse.BadRequest("Another object with the same value for property userPrincipalName already exists.");
        }
        var data = (JsonObject)user.Data.DeepClone();
        data.Remove("deletedDateTime");
        ctx.Store.CommitUser(data, UserState.Active);
        return EmulatorResponse.Ok(ctx.Entity("directoryObjects/$entity", Typed(UserShape.Project(data, null))));
    }

    private static EmulatorResponse Purge(RouteContext ctx)
    {
        if (ctx.Store.FindUser(ctx["id"], softDeleted: true) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        ctx.Store.CommitUser((JsonObject)user.Data.DeepClone(), UserState.Purged);
        return EmulatorResponse.NoContent();
    }
}
