using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

/// <summary>
/// Settling created policies needs a listing made after the writes, and the engine reads the tenant right after; the
/// whole read is made once, for both, and handed out only while it still shows the tenant.
/// </summary>
public class ReadAheadTests
{
    private static readonly SnapshotRequest Declared = new(["alex@fabrikam.example"], ReadScope.Declared);

    [Fact]
    public async Task TheReadAfterAPolicyWaveIsTheOneMadeToSettleIt()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        await port.ReadAsync(Declared, CancellationToken.None);

        var created = Assert.Single(await port.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None));
        tenant.Requests.Clear();
        var after = await port.ReadAfterWritesAsync(Declared, CancellationToken.None);

        Assert.True(created.Succeeded, created.Failure?.ToString());
        Assert.Equal(created.ObjectId, Assert.Single(after.ConditionalAccessPolicies).Id);
        Assert.Empty(tenant.Requests.Entries);
    }

    [Fact]
    public async Task AWriteAfterThePolicyWaveMakesTheNextReadFresh()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        await port.ReadAsync(Declared, CancellationToken.None);
        var created = Assert.Single(await port.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None));

        await port.ApplyBatchAsync([new UpdatePolicy(created.ObjectId!, "Guests MFA", new PolicyPatch { State = "disabled" })], CancellationToken.None);
        var after = await port.ReadAfterWritesAsync(Declared, CancellationToken.None);

        Assert.Equal("disabled", Assert.Single(after.ConditionalAccessPolicies).Body.State);
    }

    [Fact]
    public async Task TheReadAfterAPolicyBatchWaitsForAnInvitationStillInFlight()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        await port.ReadAsync(Declared, CancellationToken.None);
        // Latency counts only outside $batch: the invitation fails in its batch, and its retry takes half a second.
        tenant.Faults.Add("POST /invitations=503:x1; POST /invitations=latency:500:x2");

        var invitation = port.ApplyBatchAsync([new InviteGuest(new DesiredGuest { Email = "alex@fabrikam.example" })], CancellationToken.None);
        var policy = Assert.Single(await port.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None));
        var invited = Assert.Single(await invitation);
        var after = await port.ReadAfterWritesAsync(Declared, CancellationToken.None);

        Assert.True(policy.Succeeded && invited.Succeeded);
        Assert.Equal(invited.ObjectId, Assert.Single(after.Users).Id);
        Assert.Single(after.ConditionalAccessPolicies);
    }

    [Fact]
    public async Task AReadForAnotherRequestIsMadeAfresh()
    {
        await using var tenant = await Local.StartAsync();
        var port = await AfterAPolicyWaveAsync(tenant);

        await port.ReadAfterWritesAsync(new SnapshotRequest(["bea@fabrikam.example"], ReadScope.Declared), CancellationToken.None);

        Assert.Contains(tenant.Requests.Entries, r => r.PathAndQuery.StartsWith("/identity/conditionalAccess/policies", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEqualRequestBuiltAgainIsServedFromTheSameRead()
    {
        await using var tenant = await Local.StartAsync();
        var port = await AfterAPolicyWaveAsync(tenant);

        await port.ReadAfterWritesAsync(new SnapshotRequest(["ALEX@fabrikam.example"], ReadScope.Declared), CancellationToken.None);

        Assert.Empty(tenant.Requests.Entries);
    }

    [Fact]
    public async Task AReadThatDoesNotSayItFollowsTheWritesIsMadeAfresh()
    {
        await using var tenant = await Local.StartAsync();
        var port = await AfterAPolicyWaveAsync(tenant);

        await port.ReadAsync(Declared, CancellationToken.None);

        Assert.Contains(tenant.Requests.Entries, r => r.PathAndQuery.StartsWith("/identity/conditionalAccess/policies", StringComparison.Ordinal));
    }

    /// <summary>A port that read <see cref="Declared"/>, then created a policy; the tenant's request log starts after.</summary>
    private static async Task<GraphTenant> AfterAPolicyWaveAsync(LocalTenant tenant)
    {
        var port = await Local.ConnectAsync(tenant);
        await port.ReadAsync(Declared, CancellationToken.None);
        await port.ApplyBatchAsync([new CreatePolicy(Samples.GuestMfa("Guests MFA"))], CancellationToken.None);
        tenant.Requests.Clear();
        return port;
    }
}
