using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Query;
using Reconciler.Emulator.Routing;
using Reconciler.Emulator.SignIns;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// The sign-in log: <c>GET /auditLogs/signIns</c> (newest first, <c>$top</c> 1-1000, <c>$skiptoken</c> paging,
/// the <see cref="SignInFilter"/> subset, <c>$select</c>) and one sign-in by id, both needing <c>AuditLog.Read.All</c>
/// and a premium licence; and the local-only <c>POST /local/signIns</c>, which performs a sign-in (see
/// <see cref="SignInPerformer"/>) and logs it. Graph has no such route: it is how a scenario signs a guest in.
/// </summary>
internal static class SignInRoutes
{
    private const int MaxPageSize = 1000;

    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/auditLogs/signIns", Permissions.AuditLogRead, List),
        Route.Of("GET", "/auditLogs/signIns/{id}", Permissions.AuditLogRead, Get),
        Route.Of("POST", "/local/signIns", Permissions.AnyTenantToken, Perform),
    ];

    private static EmulatorResponse List(RouteContext ctx)
    {
        if (Unlicensed(ctx) is { } refused)
        {
            return refused;
        }
        var top = MaxPageSize;
        if (ctx.Request.QueryValue("$top") is { } topText
            && (!int.TryParse(topText, NumberStyles.Integer, CultureInfo.InvariantCulture, out top) || top < 1 || top > MaxPageSize))
        {
            return EmulatorResponse.BadRequest($"Invalid page size specified: '{topText}'. Must be between 1 and {MaxPageSize} inclusive.");
        }
        var select = QueryOptions.ParseSelect(ctx.Request.QueryValue("$select"), out var selectFailure);
        if (selectFailure is not null)
        {
            return selectFailure;
        }
        Func<SignInRecord, bool> filter = _ => true;
        long? since = null;
        if (ctx.Request.QueryValue("$filter") is { Length: > 0 } filterText)
        {
            try
            {
                filter = SignInFilter.Parse(filterText);
                since = SignInFilter.Since(filterText);
            }
            catch (FilterException e)
            {
                return e.Unsupported ? EmulatorResponse.UnsupportedQuery(e.Message) : EmulatorResponse.Fail(400, "BadRequest", e.Message);
            }
        }
        if (!SignInCursor.TryRead(ctx.Request.QueryValue("$skiptoken"), out var cursor))
        {
            return EmulatorResponse.BadRequest("Invalid $skiptoken.");
        }

        var includeReportOnly = (ctx.Request.Header("Prefer") ?? "").Contains("include-unknown-enum-members", StringComparison.OrdinalIgnoreCase);
        var log = ctx.Store.SignInLog;
        var items = new JsonArray();
        SignInRecord? next = null;
        for (var at = cursor is null ? 0 : SignInCursor.StartOf(log, cursor); at < log.Count; at++)
        {
            var record = log[at];
            if (since is { } earliest && record.Ticks < earliest)
            {
                break;
            }
            if (!filter(record))
            {
                continue;
            }
            if (items.Count == top)
            {
                next = record;
                break;
            }
            items.Add(Render(record, select, includeReportOnly));
        }
        var page = new JsonObject { ["@odata.context"] = ctx.Context("auditLogs/signIns") };
        if (next is not null)
        {
            page["@odata.nextLink"] = PageToken.Link(ctx.BaseUrl, ctx.Request, ctx.Request.Path, ("$skiptoken", SignInCursor.For(next)));
        }
        page["value"] = items;
        return EmulatorResponse.Ok(page);
    }

    private static EmulatorResponse Get(RouteContext ctx)
    {
        if (Unlicensed(ctx) is { } refused)
        {
            return refused;
        }
        var record = ctx.Store.SignInLog.FirstOrDefault(r => string.Equals(r.Id, ctx["id"], StringComparison.OrdinalIgnoreCase));
        if (record is null)
        {
            return EmulatorResponse.NotFound(ctx["id"]);
        }
        var includeReportOnly = (ctx.Request.Header("Prefer") ?? "").Contains("include-unknown-enum-members", StringComparison.OrdinalIgnoreCase);
        return EmulatorResponse.Ok(ctx.Entity("auditLogs/signIns/$entity", Render(record, null, includeReportOnly)));
    }

    private static EmulatorResponse Perform(RouteContext ctx)
    {
        if (ctx.Request.BodyObject() is not { } body)
        {
            return EmulatorResponse.BadRequest("The body must be a JSON object: {userId, appId, clientAppUsed, operatingSystem, homeTenantMfa, completesMfa, ...}.");
        }
        try
        {
            var signIn = SignInPerformer.Perform(ctx.Store, SignInRequest.Read(body));
            ctx.Store.CommitSignIn(signIn);
            return EmulatorResponse.Created(ctx.Entity("auditLogs/signIns/$entity", signIn));
        }
        catch (ArgumentException e)
        {
            return EmulatorResponse.BadRequest(e.Message);
        }
    }

    private static JsonObject Render(SignInRecord record, IReadOnlyList<string>? select, bool includeReportOnly)
    {
        var signIn = record.ToJson();
        if (!includeReportOnly)
        {
            SignInShape.HideReportOnlyResults(signIn);
        }
        return SignInShape.Project(signIn, select);
    }

    /// <summary>Graph's answer to a tenant without Entra ID P1 or P2.</summary>
    private static EmulatorResponse? Unlicensed(RouteContext ctx) =>
        ctx.Store.SignInLogsLicensed
            ? null
            : EmulatorResponse.Fail(403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant", "Neither tenant is B2C or tenant doesn't have premium license");
}
