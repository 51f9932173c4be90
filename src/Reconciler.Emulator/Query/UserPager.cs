using System.Text.Json.Nodes;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Query;

/// <summary>Serves one page of users in a given state, starting at the token's slot.</summary>
internal static class UserPager
{
    public static JsonObject Page(RouteContext ctx, QueryOptions options, UserState state, string context, Func<JsonObject, JsonObject>? decorate = null)
    {
        var slots = Candidates(ctx.Store, options);
        var items = new JsonArray();
        var next = -1;
        for (var at = options.MailOrUpnValues is null ? options.StartSlot : 0; at < slots.Count; at++)
        {
            var user = slots[at];
            var slot = user.Slot;
            if (slot < options.StartSlot)
            {
                continue;
            }
            if (!options.Matches(user, state))
            {
                continue;
            }
            if (items.Count == options.Top)
            {
                next = slot;
                break;
            }
            var projected = UserShape.Project(user.Data, options.Select);
            items.Add(decorate is null ? projected : decorate(projected));
        }
        var page = new JsonObject { ["@odata.context"] = ctx.Context(context) };
        if (options.Count)
        {
            page["@odata.count"] = Count(ctx.Store, options, state);
        }
        if (next >= 0)
        {
            page["@odata.nextLink"] = PageToken.Link(ctx.BaseUrl, ctx.Request, ctx.Request.Path, ("$skiptoken", PageToken.ForSlot(next)));
        }
        page["value"] = items;
        return page;
    }

    public static int Count(TenantStore store, QueryOptions options, UserState state) =>
        store.UserSlots.Count(u => options.Matches(u, state));

    private static IReadOnlyList<UserRecord> Candidates(TenantStore store, QueryOptions options) =>
        options.MailOrUpnValues is { } values ? store.WithMailOrUpn(values) : store.UserSlots;
}
