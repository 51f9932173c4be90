using System.Text.Json.Nodes;
using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Live;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

/// <summary>
/// A full read lists guests in disjoint ranges of userPrincipalName, several at once, through the real SDK against
/// the local tenant: every guest is read once whatever its UPN starts with, the ranges are proved against Graph's
/// $count, and a tenant that changes under the read is listed again page by page.
/// </summary>
public class PartitionedReadTests
{
    /// <summary>UPNs starting with digits, symbols, capitals, every letter and a letter beyond ASCII.</summary>
    private static readonly string[] Starts = [.. "0123456789_-.~!#^'".Select(c => c.ToString()), .. Enumerable.Range('a', 26).Select(c => ((char)c).ToString()), "A", "M", "Z", "ü", "ß"];

    [Fact]
    public async Task EveryGuestIsReadOnceWhateverItsUpnStartsWith()
    {
        await using var tenant = await Local.StartAsync();
        var guests = Enumerable.Range(0, 1_500).Select(i => Guest(i)).ToList();
        tenant.Store.AddUsers(guests);
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        var wanted = Starts.Select((_, i) => Email(i)).ToList();
        tenant.Requests.Clear();

        var snapshot = await port.ReadAsync(new SnapshotRequest(wanted, ReadScope.Full, UnmanagedGuestSample: 0), CancellationToken.None);

        Assert.Equal(1_500, snapshot.GuestCount);
        Assert.Equal(wanted.Order(StringComparer.Ordinal), snapshot.Users.Select(u => u.Mail!).Order(StringComparer.Ordinal));
        Assert.Equal(snapshot.Users.Count, snapshot.Users.Select(u => u.Id).Distinct().Count());
        var listings = Listings(tenant);
        Assert.Equal(8, listings.Count(l => !l.Contains("skiptoken", StringComparison.OrdinalIgnoreCase)));
        Assert.All(listings, l => Assert.Contains("userPrincipalName ge", Uri.UnescapeDataString(l).Replace('+', ' '), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRangesTogetherHoldEveryGuestAndNoGuestTwice()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, 3_000).Select(i => Guest(i)));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        var everyone = Enumerable.Range(0, 3_000).Select(Email).ToList();

        var snapshot = await port.ReadAsync(new SnapshotRequest(everyone, ReadScope.Full, UnmanagedGuestSample: 0), CancellationToken.None);

        Assert.Equal(3_000, snapshot.GuestCount);
        Assert.Equal(everyone.Order(StringComparer.Ordinal), snapshot.Users.Select(u => u.Mail!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AGuestInvitedWhileTheRangesAreReadMakesTheCountDisagreeAndTheGuestsAreListedAgain()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, 2_000).Select(i => Guest(i)));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Requests.Clear();
        // The count answers late, after the ranges were read and a guest was added: the two cannot agree.
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users/$count", Kind = FaultKind.Latency, LatencyMs = 1_500, Count = 1 });

        var read = port.ReadAsync(new SnapshotRequest([Email(5)], ReadScope.Full, UnmanagedGuestSample: 0), CancellationToken.None);
        // 2,000 guests over eight ranges: each range is one page, so eight answered pages are the whole listing.
        await WaitForAsync(() => Listings(tenant).Count >= 8);
        tenant.Store.AddUser(Guest(2_000));
        var snapshot = await read;

        Assert.Equal(2_001, snapshot.GuestCount);
        Assert.Equal(Email(5), Assert.Single(snapshot.Users).Mail);
        Assert.Contains(tenant.Requests.Entries, e => e.PathAndQuery.StartsWith("/users?", StringComparison.Ordinal) && !e.PathAndQuery.Contains("count=true", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AThrottledRangeWaitsItsRetryAfterAndTheReadIsStillWhole()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, 1_200).Select(i => Guest(i)));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users", Kind = FaultKind.Throttle, RetryAfterSeconds = 1, Count = 2 });

        var snapshot = await port.ReadAsync(new SnapshotRequest([Email(1_199)], ReadScope.Full, UnmanagedGuestSample: 0), CancellationToken.None);

        Assert.Equal(1_200, snapshot.GuestCount);
        Assert.Equal(Email(1_199), Assert.Single(snapshot.Users).Mail);
        Assert.Contains(tenant.Requests.Entries, e => e.Status == 429);
    }

    private static string Email(int i) => $"{Starts[i % Starts.Length]}guest{i}@partner.example";

    private static JsonObject Guest(int i) => new()
    {
        ["userPrincipalName"] = $"{Email(i).Replace('@', '_')}#EXT#@contoso.onmicrosoft.com",
        ["mail"] = Email(i),
        ["displayName"] = $"Guest {i}",
        ["userType"] = "Guest",
        ["creationType"] = "Invitation",
        ["externalUserState"] = "Accepted",
    };

    /// <summary>The partitioned listing's pages the tenant answered (they ask $count=true, as an advanced query must).</summary>
    private static List<string> Listings(LocalTenant tenant) =>
        [.. tenant.Requests.Entries.Where(e => e.PathAndQuery.StartsWith("/users?", StringComparison.Ordinal) && e.PathAndQuery.Contains("count=true", StringComparison.OrdinalIgnoreCase) && e.Status == 200).Select(e => e.PathAndQuery)];

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the ranges were not read in time");
            await Task.Delay(20);
        }
    }
}
