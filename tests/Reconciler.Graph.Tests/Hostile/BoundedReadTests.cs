using System.Diagnostics;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;
using Reconciler.Testing.Hostile;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>Every read ends: a hang or a drip at the per-request deadline, a flood at the size cap, a loop at its second turn.</summary>
public class BoundedReadTests
{
    private const string Policies = "/identity/conditionalAccess/policies";

    public static TheoryData<string, string> Spoilers => new()
    {
        { "silence", "B2B3016" },
        { "drip", "B2B3016" },
        { "huge", "B2B3008" },
        { "endless", "B2B3008" },
    };

    [Theory]
    [MemberData(nameof(Spoilers))]
    public async Task AnAnswerThatNeverEndsEndsAtItsLimitWithACode(string spoiler, string code)
    {
        await using var tenant = await Local.StartAsync();
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request => request.Path != Policies ? null : spoiler switch
        {
            "silence" => HostileAnswer.Silence(),
            "drip" => HostileAnswer.Drip("""{"value":[]}""" + new string(' ', 10_000), TimeSpan.FromMilliseconds(500)),
            "huge" => HostileAnswer.Huge(10L * 1024 * 1024 * 1024),
            _ => HostileAnswer.Endless(),
        });
        var port = await Hostile.ConnectAsync(tenant, endpoint);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal(code, error.Diagnostic.Code);
        // One deadline, not one per retry: a hang is not worth asking again.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Hostile.Limits.RequestTimeout * 2);
        Assert.Equal(1, endpoint.Requests.Count(r => r.Path == Policies));
    }

    [Fact]
    public async Task ANextLinkThatPointsAtItselfStopsAtItsSecondTurn()
    {
        await using var tenant = await Local.StartAsync();
        HostileGraph? self = null;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == Policies ? Hostile.PageLinkingTo($"{self!.BaseUrl}{Policies}?$skiptoken=again") : null);
        self = endpoint;
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3015", error.Diagnostic.Code);
        Assert.Equal(2, endpoint.Requests.Count(r => r.Path == Policies));
    }

    [Fact]
    public async Task NextLinksThatNeverRepeatStopAtThePageCap()
    {
        await using var tenant = await Local.StartAsync();
        HostileGraph? self = null;
        var page = 0;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == Policies ? Hostile.PageLinkingTo($"{self!.BaseUrl}{Policies}?$skiptoken={Interlocked.Increment(ref page)}") : null);
        self = endpoint;
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3015", error.Diagnostic.Code);
        Assert.Equal(Hostile.Limits.MaxPages, endpoint.Requests.Count(r => r.Path == Policies));
    }
}
