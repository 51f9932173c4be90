using System.Text.Json.Nodes;
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

public class GuestReadTests
{
    [Fact]
    public async Task GuestIsMappedWithEveryComparedProperty()
    {
        await using var tenant = await Local.StartAsync();
        var seeded = tenant.Store.AddUser(new JsonObject
        {
            ["userPrincipalName"] = "alex_fabrikam.example#EXT#@contoso.onmicrosoft.com",
            ["mail"] = "alex@fabrikam.example",
            ["otherMails"] = new JsonArray("alex.wilber@fabrikam.example"),
            ["displayName"] = "Alex Wilber (Fabrikam)",
            ["userType"] = "Guest",
            ["externalUserState"] = "Accepted",
            ["accountEnabled"] = false,
            ["creationType"] = "Invitation",
        });
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);

        var snapshot = await port.ReadAsync(new SnapshotRequest(["ALEX@fabrikam.example"]), CancellationToken.None);

        var user = Assert.Single(snapshot.Users);
        var expected = new LiveUser
        {
            Id = seeded["id"]!.GetValue<string>(),
            Mail = "alex@fabrikam.example",
            UserPrincipalName = "alex_fabrikam.example#EXT#@contoso.onmicrosoft.com",
            OtherMails = ["alex.wilber@fabrikam.example"],
            DisplayName = "Alex Wilber (Fabrikam)",
            UserType = "Guest",
            ExternalUserState = "Accepted",
            AccountEnabled = false,
            CreationType = "Invitation",
        };
        Assert.Equal(Local.Json(expected), Local.Json(user));
        Assert.Equal(1, snapshot.GuestCount);
    }

    [Fact]
    public async Task FullReadPagesThrough2500GuestsKeepingMatchesAndABoundedSample()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, 2500).Select(Guest));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Requests.Clear();

        var snapshot = await port.ReadAsync(
            new SnapshotRequest(["guest7@partner.example", "guest2400@partner.example"], ReadScope.Full, UnmanagedGuestSample: 10), CancellationToken.None);

        Assert.Equal(2500, snapshot.GuestCount);
        Assert.Equal(12, snapshot.Users.Count);
        Assert.Contains(snapshot.Users, u => u.Mail == "guest2400@partner.example");
        // Eight ranges of userPrincipalName (PartitionedReadTests); these guests' all fall in one, of three pages.
        Assert.Equal(8 + 2, tenant.Requests.Entries.Count(r => r.PathAndQuery.StartsWith("/users?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APageWhoseConnectionDropsIsAskedForAgainAndEveryGuestIsCountedOnce()
    {
        var (tenant, port) = await GuestsWithFirstPageFaultAsync(FaultKind.DropConnection);
        await using var _ = tenant;

        var snapshot = await port.ReadAsync(new SnapshotRequest(["guest7@partner.example"], ReadScope.Full, UnmanagedGuestSample: 0), CancellationToken.None);

        Assert.Equal(2500, snapshot.GuestCount);
        Assert.Equal("guest7@partner.example", Assert.Single(snapshot.Users).Mail);
    }

    [Fact]
    public async Task ASpoiledGuestPageFailsTheReadAsB2B3008NeverAsFewerGuests()
    {
        var (tenant, port) = await GuestsWithFirstPageFaultAsync(FaultKind.Truncated);
        await using var _ = tenant;

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest(["guest7@partner.example"], ReadScope.Full), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    private static async Task<(LocalTenant Tenant, GraphTenant Port)> GuestsWithFirstPageFaultAsync(FaultKind fault)
    {
        var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, 2500).Select(Guest));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users", Kind = fault, Count = 1 });
        return (tenant, port);
    }

    [Fact]
    public async Task DeclaredReadMakesTheSameRequestsWhateverTheTenantSize()
    {
        var emails = Enumerable.Range(0, 25).Select(i => $"guest{i}@partner.example").ToList();

        var small = await RequestsForDeclaredReadAsync(tenantSize: 30, emails);
        var large = await RequestsForDeclaredReadAsync(tenantSize: 3000, emails);

        Assert.Equal(small, large);
    }

    [Fact]
    public async Task MembersAndSoftDeletedGuestsMatchingRequestedEmailsAreFound()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddMember("breakglass@contoso.example");
        var deleted = tenant.Store.AddGuest("gone@fabrikam.example");
        tenant.Store.AddGuest("other@fabrikam.example");
        var port = await Local.ConnectAsync(tenant, Local.WriteRoles);
        await port.ApplyAsync(new DeleteGuest(deleted["id"]!.GetValue<string>(), "gone@fabrikam.example"), CancellationToken.None);

        var snapshot = await port.ReadAsync(new SnapshotRequest(["breakglass@contoso.example", "gone@fabrikam.example"], UnmanagedGuestSample: 0), CancellationToken.None);

        var member = Assert.Single(snapshot.Users);
        Assert.Equal("Member", member.UserType);
        Assert.Equal("gone@fabrikam.example", Assert.Single(snapshot.DeletedUsers).Mail);
        Assert.Equal(1, snapshot.GuestCount);
    }

    [Fact]
    public async Task ReadOnlyTokenIsEnoughToReadASnapshot()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddTenantInformation(Samples.Fabrikam, "Fabrikam");
        var writer = await Local.ConnectAsync(tenant);
        await writer.ApplyAsync(new CreatePartner(Samples.Fabrikam, new() { InboundTrust = new() { IsMfaAccepted = true } }), CancellationToken.None);
        await writer.ApplyAsync(new InviteGuest(new DesiredGuest { Email = "alex@fabrikam.example" }), CancellationToken.None);
        var reader = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);

        var snapshot = await reader.ReadAsync(new SnapshotRequest(["alex@fabrikam.example"]), CancellationToken.None);

        Assert.Single(snapshot.Users);
        Assert.Equal("Fabrikam", snapshot.TenantNames[Samples.Fabrikam]);
        Assert.True(snapshot.CrossTenantDefault.IsServiceDefault);
    }

    private static async Task<int> RequestsForDeclaredReadAsync(int tenantSize, IReadOnlyCollection<string> emails)
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddUsers(Enumerable.Range(0, tenantSize).Select(Guest));
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Requests.Clear();

        var snapshot = await port.ReadAsync(new SnapshotRequest(emails, ReadScope.Declared), CancellationToken.None);

        Assert.Equal(tenantSize, snapshot.GuestCount);
        Assert.Equal(emails.Count, snapshot.Users.Count);
        return tenant.Requests.Entries.Count(r => !r.InsideBatch);
    }

    private static JsonObject Guest(int i) => new()
    {
        ["userPrincipalName"] = $"guest{i}_partner.example#EXT#@contoso.onmicrosoft.com",
        ["mail"] = $"guest{i}@partner.example",
        ["displayName"] = $"Guest {i}",
        ["userType"] = "Guest",
        ["creationType"] = "Invitation",
        ["externalUserState"] = "Accepted",
    };
}
