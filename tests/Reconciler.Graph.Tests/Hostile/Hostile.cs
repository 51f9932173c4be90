using Reconciler.Emulator;
using Reconciler.Graph.Connection;
using Reconciler.Graph.Tests.Support;
using Reconciler.Graph.Transport;
using Reconciler.Testing.Hostile;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>A local tenant behind a hostile endpoint, and the real port connected to the endpoint with short limits.</summary>
internal static class Hostile
{
    /// <summary>Short enough that a hang is proven in about a second, long enough for a loaded machine's real answers.</summary>
    public static readonly TransportLimits Limits = new() { RequestTimeout = TimeSpan.FromSeconds(3), MaxBodyBytes = 4 * 1024 * 1024, MaxPages = 50 };

    public static GraphConnectionOptions Options(LocalTenant tenant, HostileGraph endpoint, RecordedWaits? waits = null) =>
        Local.Options(tenant, tenant.CreateToken([.. LocalTenant.AllRoles]), waits) with { GraphUrl = endpoint.BaseUrl.ToString(), Limits = Limits };

    public static async Task<GraphTenant> ConnectAsync(LocalTenant tenant, HostileGraph endpoint, RecordedWaits? waits = null)
    {
        var (port, failure) = await GraphTenant.ConnectAsync(Options(tenant, endpoint, waits), CancellationToken.None);
        Assert.Null(failure);
        return port!;
    }

    /// <summary>A collection page with nothing in it that sends the client on to <paramref name="nextLink"/>.</summary>
    public static HostileAnswer PageLinkingTo(string nextLink) =>
        HostileAnswer.Json(200, $$"""{"value":[],"@odata.nextLink":"{{nextLink}}"}""");
}
