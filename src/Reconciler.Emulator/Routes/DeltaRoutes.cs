using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// /users/delta. Every stored change bumps a tenant-wide version; a round of delta pages serves users whose
/// version lies in (since, upto], and the deltaLink carries upto as the next since. Changes made while a round
/// is being paged land above upto and so appear in the next round rather than being lost. <c>$deltatoken=latest</c>
/// returns no users and a deltaLink from now.
/// </summary>
internal static class DeltaRoutes
{
    private const int PageSize = 200;
    private const string CanonicalPath = "/users/delta()";

    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/users/delta", Permissions.UserRead, Delta),
        Route.Of("GET", "/users/delta()", Permissions.UserRead, Delta),
        Route.Of("GET", "/users/microsoft.graph.delta()", Permissions.UserRead, Delta),
        Route.Of("GET", "/users/microsoft.graph.delta", Permissions.UserRead, Delta),
    ];

    private static EmulatorResponse Delta(RouteContext ctx)
    {
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), out var failure);
        if (failure is not null)
        {
            return failure;
        }
        if (select is not null && !select.Contains("id"))
        {
            select = ["id", .. select];
        }
        if (!TryReadPosition(ctx, out var since, out var upto, out var start))
        {
            return EmulatorResponse.BadRequest("The specified delta token value has expired or is invalid.");
        }

        var slots = ctx.Store.UserSlots;
        var items = new JsonArray();
        var next = -1;
        for (var slot = start; slot < slots.Count; slot++)
        {
            var user = slots[slot];
            var inRound = user.Version > since && user.Version <= upto && (since > 0 || user.State == UserState.Active);
            if (!inRound)
            {
                continue;
            }
            if (items.Count == PageSize)
            {
                next = slot;
                break;
            }
            items.Add(Item(user, select));
        }

        var page = new JsonObject { ["@odata.context"] = ctx.Context("users") };
        page[next >= 0 ? "@odata.nextLink" : "@odata.deltaLink"] = next >= 0
            ? PageToken.Link(ctx.BaseUrl, ctx.Request, CanonicalPath, ("$skiptoken", $"D{since}.{upto}.{next}"), ("$deltatoken", null))
            : PageToken.Link(ctx.BaseUrl, ctx.Request, CanonicalPath, ("$skiptoken", null), ("$deltatoken", upto.ToString(CultureInfo.InvariantCulture)));
        page["value"] = items;
        return EmulatorResponse.Ok(page);
    }

    private static JsonObject Item(UserRecord user, IReadOnlyList<string>? select) => user.State switch
    {
        UserState.Active => UserShape.Project(user.Data, select),
        _ => new JsonObject
        {
            ["id"] = user.Id,
            // "changed" = soft-deleted (restorable); "deleted" = gone for good.
            ["@removed"] = new JsonObject { ["reason"] = user.State == UserState.SoftDeleted ? "changed" : "deleted" },
        },
    };

    private static bool TryReadPosition(RouteContext ctx, out long since, out long upto, out int start)
    {
        (since, upto, start) = (0, ctx.Store.CurrentVersion, 0);
        if (ctx.Request.QueryValue("$skiptoken") is { } skip)
        {
            var parts = skip.TrimStart('D').Split('.');
            return skip.StartsWith('D') && parts.Length == 3
                && long.TryParse(parts[0], CultureInfo.InvariantCulture, out since)
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out upto)
                && int.TryParse(parts[2], CultureInfo.InvariantCulture, out start);
        }
        if (ctx.Request.QueryValue("$deltatoken") is { } token)
        {
            // "latest" starts tracking now: an empty round whose deltaLink carries the current version.
            if (string.Equals(token, "latest", StringComparison.OrdinalIgnoreCase))
            {
                since = upto;
                return true;
            }
            return long.TryParse(token, CultureInfo.InvariantCulture, out since);
        }
        return true;
    }
}
