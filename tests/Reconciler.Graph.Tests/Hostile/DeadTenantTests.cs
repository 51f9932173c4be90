using Reconciler.Graph.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Testing.Hostile;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>A tenant that stops answering is noticed once for the run, and a throttled envelope's Retry-After is honoured.</summary>
public class DeadTenantTests
{
    private static readonly PlannedAction[] Invitations =
        [.. Enumerable.Range(1, 30).Select(i => new InviteGuest(new DesiredGuest { Email = $"guest{i}@fabrikam.example" }))];

    private static List<string> Invited(Emulator.LocalTenant tenant) =>
        [.. tenant.Store.Users().Select(u => (string?)u["mail"] ?? "").Where(mail => mail.StartsWith("guest", StringComparison.Ordinal))];

    [Fact]
    public async Task ATenantThatHangsUpOnEveryRequestIsNotSentTheRestOfTheWrites()
    {
        await using var tenant = await Local.StartAsync();
        var dead = false;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, _ => Volatile.Read(ref dead) ? HostileAnswer.Hangup() : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);
        await port.Pinned;
        Volatile.Write(ref dead, true);
        var before = endpoint.Requests.Count;

        var outcomes = await port.ApplyBatchAsync(Invitations, CancellationToken.None);

        Assert.All(outcomes, o => Assert.False(o.Succeeded));
        Assert.Contains(outcomes, o => o.NotSent && o.Failure?.Code == "B2B3018");
        // Three lost answers take the tenant down; without that, each of 30 writes would be tried five times alone.
        Assert.InRange(endpoint.Requests.Count - before, 3, 3);
        Assert.Empty(Invited(tenant));
    }

    [Fact]
    public async Task AThrottledEnvelopesRetryAfterIsWaitedBeforeTheWritesGoOneByOne()
    {
        await using var tenant = await Local.StartAsync();
        var waits = new RecordedWaits();
        var throttled = 0;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == "/$batch" && Interlocked.Increment(ref throttled) == 1
                ? HostileAnswer.Json(429, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", ("Retry-After", "7"))
                : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint, waits);

        var outcomes = await port.ApplyBatchAsync(Invitations[..3], CancellationToken.None);

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Equal(TimeSpan.FromSeconds(7), waits.Waits[0]);
        Assert.Equal(3, Invited(tenant).Count);
    }
}
