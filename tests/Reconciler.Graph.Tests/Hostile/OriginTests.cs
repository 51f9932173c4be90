using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Reconciler.Testing.Hostile;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>Links and redirects that leave the configured Graph origin are refused before anything is sent there.</summary>
public class OriginTests
{
    private const string Policies = "/identity/conditionalAccess/policies";

    [Fact]
    public async Task ANextLinkToAnotherPortIsRefusedAndTheOtherPortNeverHearsFromTheClient()
    {
        await using var tenant = await Local.StartAsync();
        await using var elsewhere = HostileGraph.Start(_ => HostileAnswer.Json(200, """{"value":[]}"""));
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == Policies ? Hostile.PageLinkingTo($"{elsewhere.BaseUrl}{Policies}?page=2") : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3014", error.Diagnostic.Code);
        Assert.Empty(elsewhere.Requests);
        Assert.DoesNotContain("page=2", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedirectToAnotherOriginIsNotFollowed()
    {
        await using var tenant = await Local.StartAsync();
        await using var elsewhere = HostileGraph.Start(_ => HostileAnswer.Json(200, """{"value":[]}"""));
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == Policies ? HostileAnswer.Redirect($"{elsewhere.BaseUrl}{Policies}") : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3014", error.Diagnostic.Code);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task ACachedDeltaLinkToAnotherOriginIsRefused()
    {
        await using var tenant = await Local.StartAsync();
        await using var elsewhere = HostileGraph.Start(_ => HostileAnswer.Json(200, """{"value":[]}"""));
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, _ => null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);
        var cache = new GuestCache(tenant.TenantId, $"{elsewhere.BaseUrl}/users/delta()?$deltatoken=stolen", []);

        var error = await Assert.ThrowsAsync<TenantException>(() =>
            port.ReadAsync(new SnapshotRequest([], Incremental: true, GuestCache: cache), CancellationToken.None));

        Assert.Equal("B2B3014", error.Diagnostic.Code);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public async Task ASameOriginRedirectIsStillFollowed()
    {
        await using var tenant = await Local.StartAsync();
        HostileGraph? self = null;
        var redirected = 0;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == Policies && Interlocked.Increment(ref redirected) == 1 ? HostileAnswer.Redirect($"{self!.BaseUrl}{Policies}") : null);
        self = endpoint;
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var live = await port.ReadAsync(new SnapshotRequest([]), CancellationToken.None);

        Assert.NotNull(live.ConditionalAccessPolicies);
        Assert.Equal(2, endpoint.Requests.Count(r => r.Path == Policies));
    }
}
