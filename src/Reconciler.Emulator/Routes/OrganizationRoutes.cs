using System.Text.Json.Nodes;
using Reconciler.Emulator.Auth;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Routing;

namespace Reconciler.Emulator.Routes;

/// <summary>
/// /organization and the findTenantInformation functions: who this tenant is, names for partner tenants, and the
/// tenant behind a guest's email domain.
/// </summary>
internal static class OrganizationRoutes
{
    public static IEnumerable<Route> All() =>
    [
        Route.Of("GET", "/organization", Permissions.AnyTenantToken, List),
        Route.Of("GET", "/organization/{id}", Permissions.AnyTenantToken, Get),
        Route.Of("GET", "/tenantRelationships/findTenantInformationByTenantId(tenantId='{tenantId}')", Permissions.AnyTenantToken, FindTenant),
        Route.Of("GET", "/tenantRelationships/microsoft.graph.findTenantInformationByTenantId(tenantId='{tenantId}')", Permissions.AnyTenantToken, FindTenant),
        Route.Of("GET", "/tenantRelationships/findTenantInformationByDomainName(domainName='{domainName}')", Permissions.AnyTenantToken, FindTenantByDomain),
        Route.Of("GET", "/tenantRelationships/microsoft.graph.findTenantInformationByDomainName(domainName='{domainName}')", Permissions.AnyTenantToken, FindTenantByDomain),
    ];

    private static JsonObject Organization(TenantStore store) => new()
    {
        ["id"] = store.TenantId,
        ["displayName"] = store.TenantDisplayName,
        ["verifiedDomains"] = new JsonArray(new JsonObject
        {
            ["capabilities"] = "Email, OfficeCommunicationsOnline",
            ["isDefault"] = true,
            ["isInitial"] = true,
            ["name"] = store.InitialDomain,
            ["type"] = "Managed",
        }),
    };

    private static EmulatorResponse List(RouteContext ctx) =>
        EmulatorResponse.Ok(Wire.Collection(ctx.Context("organization"), [Organization(ctx.Store)]));

    private static EmulatorResponse Get(RouteContext ctx) =>
        string.Equals(ctx["id"], ctx.Store.TenantId, StringComparison.OrdinalIgnoreCase)
            ? EmulatorResponse.Ok(ctx.Entity("organization/$entity", Organization(ctx.Store)))
            : EmulatorResponse.NotFound(ctx["id"]);

    private static EmulatorResponse FindTenant(RouteContext ctx)
    {
        var tenantId = ctx["tenantId"];
        if (!Guid.TryParse(tenantId, out _))
        {
            return EmulatorResponse.BadRequest($"Invalid tenant identifier '{tenantId}'.");
        }
        var info = ctx.Store.FindTenantInformation(tenantId)?.DeepClone() as JsonObject ?? Generated(ctx.Store, tenantId);
        return EmulatorResponse.Ok(ctx.Entity("microsoft.graph.tenantInformation", info));
    }

    /// <summary>
    /// Only tenants the local tenant was told about (seeded tenantInformation, or this tenant's own domain) are found;
    /// any other domain is a 404, as Graph answers for a domain no Entra tenant has verified.
    /// </summary>
    private static EmulatorResponse FindTenantByDomain(RouteContext ctx)
    {
        var domain = ctx["domainName"];
        if (string.Equals(domain, ctx.Store.InitialDomain, StringComparison.OrdinalIgnoreCase))
        {
            return EmulatorResponse.Ok(ctx.Entity("microsoft.graph.tenantInformation", Generated(ctx.Store, ctx.Store.TenantId)));
        }
        return ctx.Store.FindTenantInformationByDomain(domain)?.DeepClone() is JsonObject info
            ? EmulatorResponse.Ok(ctx.Entity("microsoft.graph.tenantInformation", info))
            : EmulatorResponse.NotFound(domain);
    }

    private static JsonObject Generated(TenantStore store, string tenantId)
    {
        var own = string.Equals(tenantId, store.TenantId, StringComparison.OrdinalIgnoreCase);
        var shortId = tenantId[..8].ToLowerInvariant();
        return new JsonObject
        {
            ["tenantId"] = tenantId,
            ["displayName"] = own ? store.TenantDisplayName : $"Tenant {shortId}",
            ["defaultDomainName"] = own ? store.InitialDomain : $"tenant{shortId}.onmicrosoft.com",
            ["federationBrandName"] = null,
        };
    }
}
