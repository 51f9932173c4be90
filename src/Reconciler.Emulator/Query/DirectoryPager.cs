using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Query;

/// <summary>
/// One page of a list that is not users (groups, roles, members, memberships): <c>$top</c> (1..999, default 100) and an
/// absolute <c>@odata.nextLink</c> whose <c>$skiptoken</c> names the next position, as the user listing pages.
/// <c>$filter</c> is not emulated on these lists and answers 400 rather than being ignored.
/// </summary>
internal static class DirectoryPager
{
    public static EmulatorResponse Page(RouteContext ctx, IReadOnlyList<JsonObject> items, string context)
    {
        if (ctx.Request.QueryValue("$filter") is { Length: > 0 })
        {
            return EmulatorResponse.UnsupportedQuery("$filter is not supported on this collection by the local tenant.");
        }
        if (QueryOptions.ParseTop(ctx.Request, out var failure) is not { } top)
        {
            return failure!;
        }
        if (!PageToken.TryReadSlot(ctx.Request.QueryValue("$skiptoken"), out var start))
        {
            return EmulatorResponse.BadRequest("The specified page token value has expired or is invalid.");
        }
        var page = new JsonObject { ["@odata.context"] = ctx.Context(context) };
        if (start + top < items.Count)
        {
            page["@odata.nextLink"] = PageToken.Link(ctx.BaseUrl, ctx.Request, ctx.Request.Path, ("$skiptoken", PageToken.ForSlot(start + top)));
        }
        page["value"] = new JsonArray([.. items.Skip(start).Take(top)]);
        return EmulatorResponse.Ok(page);
    }
}
