using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>/policies/crossTenantAccessPolicy: root, default (with reset) and partners keyed by tenantId.</summary>
internal static class CrossTenantRoutes
{
    private const string Root = "/policies/crossTenantAccessPolicy";

    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", Root, Permissions.CrossTenantRead, GetRoot),
        Route.Of("PATCH", Root, Permissions.CrossTenantWrite, PatchRoot),
        Route.Of("GET", Root + "/default", Permissions.CrossTenantRead, GetDefault),
        Route.Of("PATCH", Root + "/default", Permissions.CrossTenantWrite, PatchDefault),
        Route.Of("POST", Root + "/default/resetToSystemDefault", Permissions.CrossTenantWrite, ResetDefault),
        Route.Of("POST", Root + "/default/microsoft.graph.resetToSystemDefault", Permissions.CrossTenantWrite, ResetDefault),
        Route.Of("GET", Root + "/partners", Permissions.CrossTenantRead, ListPartners),
        Route.Of("POST", Root + "/partners", Permissions.CrossTenantWrite, CreatePartner),
        Route.Of("GET", Root + "/partners/{tenantId}", Permissions.CrossTenantRead, GetPartner),
        Route.Of("PATCH", Root + "/partners/{tenantId}", Permissions.CrossTenantWrite, PatchPartner),
        Route.Of("DELETE", Root + "/partners/{tenantId}", Permissions.CrossTenantWrite, DeletePartner),
    ];

    private static EmulatorResponse GetRoot(RouteContext ctx) =>
        EmulatorResponse.Ok(ctx.Entity("policies/crossTenantAccessPolicy/$entity", ctx.Store.RootPolicy));

    private static EmulatorResponse PatchRoot(RouteContext ctx)
    {
        if (!TryNormalize(ctx, CrossTenantShape.RootPolicy, ctx.Store.RootPolicy, out var value, out var failure))
        {
            return failure!;
        }
        ctx.Store.CommitRoot(value!);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse GetDefault(RouteContext ctx) =>
        EmulatorResponse.Ok(ctx.Entity("policies/crossTenantAccessPolicy/default/$entity", ctx.Store.DefaultPolicy));

    private static EmulatorResponse PatchDefault(RouteContext ctx)
    {
        if (CrossTenantShape.DefaultConsentProblem(ctx.Request.BodyObject()) is { } readOnly)
        {
            return EmulatorResponse.BadRequest(readOnly);
        }
        if (!TryNormalize(ctx, CrossTenantShape.Default, ctx.Store.DefaultPolicy, out var value, out var failure))
        {
            return failure!;
        }
        value!.Insert(0, "isServiceDefault", false);
        ctx.Store.CommitDefault(value);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse ResetDefault(RouteContext ctx)
    {
        ctx.Store.CommitDefault(CrossTenantShape.ServiceDefault());
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse ListPartners(RouteContext ctx) =>
        EmulatorResponse.Ok(Wire.Collection(ctx.Context("policies/crossTenantAccessPolicy/partners"),
            ctx.Store.PartnerValues.Select(p => p.DeepClone())));

    private static EmulatorResponse GetPartner(RouteContext ctx) =>
        ctx.Store.FindPartner(ctx["tenantId"]) is { } partner
            ? EmulatorResponse.Ok(ctx.Entity("policies/crossTenantAccessPolicy/partners/$entity", partner))
            : NotFound(ctx["tenantId"]);

    private static EmulatorResponse CreatePartner(RouteContext ctx)
    {
        if (!TryNormalize(ctx, CrossTenantShape.Partner, new JsonObject(), out var value, out var failure))
        {
            return failure!;
        }
        if (Wire.AsString(value!["tenantId"]) is not { Length: > 0 } tenantId || !Guid.TryParse(tenantId, out _))
        {
            return EmulatorResponse.BadRequest("The tenantId property is required and must be a tenant id (GUID).");
        }
        if (ctx.Store.FindPartner(tenantId) is not null)
        {
            return EmulatorResponse.Fail(409, "Request_MultipleObjectsWithSameKeyValue",
                $"A partner configuration for tenant '{tenantId}' already exists.");
        }
        ctx.Store.CommitPartner(tenantId, value);
        return EmulatorResponse.Created(ctx.Entity("policies/crossTenantAccessPolicy/partners/$entity", value));
    }

    private static EmulatorResponse PatchPartner(RouteContext ctx)
    {
        if (ctx.Store.FindPartner(ctx["tenantId"]) is not { } stored)
        {
            return NotFound(ctx["tenantId"]);
        }
        if (ctx.Request.BodyObject()?["tenantId"] is { } newId && !string.Equals(Wire.AsString(newId), ctx["tenantId"], StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorResponse.BadRequest("The tenantId property is read-only.");
        }
        if (!TryNormalize(ctx, CrossTenantShape.Partner, stored, out var value, out var failure))
        {
            return failure!;
        }
        ctx.Store.CommitPartner(ctx["tenantId"], value);
        return EmulatorResponse.NoContent();
    }

    private static EmulatorResponse DeletePartner(RouteContext ctx)
    {
        if (ctx.Store.FindPartner(ctx["tenantId"]) is null)
        {
            return NotFound(ctx["tenantId"]);
        }
        ctx.Store.CommitPartner(ctx["tenantId"], null);
        return EmulatorResponse.NoContent();
    }

    /// <summary>Merges the body over the stored object and normalises the result against the shape.</summary>
    private static bool TryNormalize(RouteContext ctx, ObjectOf shape, JsonObject stored, out JsonObject? value, out EmulatorResponse? failure)
    {
        value = null;
        failure = null;
        if (ctx.Request.BodyObject() is not { } body)
        {
            failure = EmulatorResponse.BadRequest("Empty Payload. JSON content expected.");
            return false;
        }
        value = ShapeNormalizer.Normalize(shape, CrossTenantShape.Merge(stored, body), out var error);
        if (value is null)
        {
            failure = EmulatorResponse.BadRequest(error!);
        }
        return value is not null;
    }

    private static EmulatorResponse NotFound(string tenantId) =>
        EmulatorResponse.Fail(404, "Request_ResourceNotFound", $"Resource '{tenantId}' does not exist or one of its queried reference-property objects are not present.");
}
