using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>/identity/conditionalAccess/policies: CRUD with Graph's server-filled shape and validation.</summary>
internal static class ConditionalAccessRoutes
{
    private const string Collection = "identity/conditionalAccess/policies";

    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/identity/conditionalAccess/policies", Permissions.ConditionalAccessRead, List),
        Route.Of("POST", "/identity/conditionalAccess/policies", Permissions.ConditionalAccessWrite, Create),
        Route.Of("GET", "/identity/conditionalAccess/policies/{id}", Permissions.ConditionalAccessRead, Get),
        Route.Of("PATCH", "/identity/conditionalAccess/policies/{id}", Permissions.ConditionalAccessWrite, Patch),
        Route.Of("DELETE", "/identity/conditionalAccess/policies/{id}", Permissions.ConditionalAccessWrite, Delete),
    ];

    private static EmulatorResponse List(RouteContext ctx) =>
        EmulatorResponse.Ok(Wire.Collection(ctx.Context(Collection), ctx.Store.PolicyValues.Select(p => p.DeepClone())));

    private static EmulatorResponse Get(RouteContext ctx) =>
        ctx.Store.FindPolicy(ctx["id"]) is { } policy
            ? EmulatorResponse.Ok(ctx.Entity(Collection + "/$entity", policy))
            : NotFound(ctx["id"]);

    private static EmulatorResponse Create(RouteContext ctx)
    {
        if (ctx.Request.BodyObject() is not { } body)
        {
            return Schema();
        }
        var id = Guid.NewGuid().ToString();
        if (ConditionalAccessRules.Build(body, id, Wire.PreciseNow(), null, out var failure) is not { } policy)
        {
            return failure!;
        }
        ctx.Store.CommitPolicy(id, policy);
        return EmulatorResponse.Created(ctx.Entity(Collection + "/$entity", policy));
    }

    private static EmulatorResponse Patch(RouteContext ctx)
    {
        if (ctx.Store.FindPolicy(ctx["id"]) is not { } stored)
        {
            return NotFound(ctx["id"]);
        }
        if (ctx.Request.BodyObject() is not { } patch)
        {
            return Schema();
        }
        var merged = ConditionalAccessRules.Merge(stored, patch);
        var created = Wire.AsString(stored["createdDateTime"]) ?? Wire.Now();
        if (ConditionalAccessRules.Build(merged, Wire.AsString(stored["id"])!, created, Wire.Now(), out var failure) is not { } policy)
        {
            return failure!;
        }
        ctx.Store.CommitPolicy(ctx["id"], policy);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse Delete(RouteContext ctx)
    {
        if (ctx.Store.FindPolicy(ctx["id"]) is null)
        {
            return NotFound(ctx["id"]);
        }
        ctx.Store.CommitPolicy(ctx["id"], null);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse NotFound(string id) =>
        EmulatorResponse.Fail(404, "ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    private static EmulatorResponse Schema() => EmulatorResponse.Fail(400, "BadRequest",
        "1007: Incoming ConditionalAccessPolicy object is null or does not match the schema of ConditionalAccessPolicy type.");
}
