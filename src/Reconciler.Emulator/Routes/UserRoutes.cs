using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Routes;

/// <summary>/users: list with $filter/$select/$top/$count, $count, get, patch, soft delete.</summary>
internal static class UserRoutes
{
    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/users", Permissions.UserRead, List),
        Route.Of("GET", "/users/$count", Permissions.UserRead, CountUsers),
        .. DeltaRoutes.All(),
        Route.Of("GET", "/users/{id}", Permissions.UserRead, Get),
        Route.Of("PATCH", "/users/{id}", Permissions.UserWrite, Patch),
        Route.Of("DELETE", "/users/{id}", Permissions.UserWrite, Delete),
    ];

    private static EmulatorResponse List(RouteContext ctx)
    {
        if (QueryOptions.Parse(ctx.Request, out var failure) is not { } options)
        {
            return failure!;
        }
        var context = options.Select is null ? "users" : $"users({string.Join(",", options.Select)})";
        return EmulatorResponse.Ok(UserPager.Page(ctx, options, UserState.Active, context));
    }

    private static EmulatorResponse CountUsers(RouteContext ctx)
    {
        if (!string.Equals(ctx.Request.Header("ConsistencyLevel"), "eventual", StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorResponse.BadRequest("$count is not currently supported.");
        }
        if (QueryOptions.Parse(ctx.Request, out var failure) is not { } options)
        {
            return failure!;
        }
        var count = UserPager.Count(ctx.Store, options, UserState.Active);
        return EmulatorResponse.PlainText(count.ToString(CultureInfo.InvariantCulture));
    }

    private static EmulatorResponse Get(RouteContext ctx)
    {
        if (ctx.Store.FindUser(ctx["id"]) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), out var failure);
        if (failure is not null)
        {
            return failure;
        }
        var context = select is null ? "users/$entity" : $"users({string.Join(",", select)})/$entity";
        return EmulatorResponse.Ok(ctx.Entity(context, UserShape.Project(user.Data, select)));
    }

    private static EmulatorResponse Patch(RouteContext ctx)
    {
        if (ctx.Store.FindUser(ctx["id"]) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        if (ctx.Request.BodyObject() is not { } patch)
        {
            return EmulatorResponse.BadRequest("Empty Payload. JSON content expected.");
        }
        var data = (JsonObject)user.Data.DeepClone();
        foreach (var (name, value) in patch)
        {
            if (name.StartsWith('@'))
            {
                continue;
            }
            if (!UserShape.Writable.Contains(name))
            {
                return EmulatorResponse.BadRequest($"Invalid property '{name}'.");
            }
            data[name] = value?.DeepClone();
        }
        if (Wire.AsString(data["userPrincipalName"]) is { } upn && ctx.Store.FindUser(upn) is { } other && other.Id != user.Id)
        {
            return EmulatorResponse.BadRequest(UserShape.UpnConflict);
        }
        ctx.Store.CommitUser(data, UserState.Active);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse Delete(RouteContext ctx)
    {
        if (ctx.Store.FindUser(ctx["id"]) is not { } user)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var data = (JsonObject)user.Data.DeepClone();
        data["deletedDateTime"] = Wire.Now();
        ctx.Store.CommitUser(data, UserState.SoftDeleted);
        return EmulatorResponse.NoContent();
    }
}
