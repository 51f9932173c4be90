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

public class FaultTests
{
    private static readonly string[] Emails = ["alex@fabrikam.example", "bea@fabrikam.example"];

    [Fact]
    public async Task ThrottledReadWaitsForRetryAfterAndSucceeds()
    {
        await using var tenant = await Local.StartAsync();
        var waits = new RecordedWaits();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles, waits);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/identity/conditionalAccess/policies", Kind = FaultKind.Throttle, Count = 2, RetryAfterSeconds = 7 });

        await port.ReadAsync(new SnapshotRequest(Emails), CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], waits.Waits);
    }

    [Fact]
    public async Task ReadThatKeepsFailingThrowsOneTenantExceptionWithB2B3006()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/policies/crossTenantAccessPolicy", Kind = FaultKind.ServiceUnavailable });

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest(Emails), CancellationToken.None));

        Assert.Equal("B2B3006", error.Diagnostic.Code);
    }

    [Theory]
    [InlineData(FaultKind.Throttle)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.GatewayTimeout)]
    [InlineData(FaultKind.DropConnection)]
    [InlineData(FaultKind.CommitThenFail)]
    public async Task EveryCreateUnderFaultsLeavesExactlyOneObjectPerKey(FaultKind kind)
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        foreach (var path in new[] { "/invitations", "/identity/conditionalAccess/policies", "/policies/crossTenantAccessPolicy/partners" })
        {
            tenant.Faults.Add(new FaultRule { Method = "POST", PathPrefix = path, Kind = kind, Count = 2 });
        }
        PlannedAction[] creates =
        [
            .. Emails.Select(e => new InviteGuest(new DesiredGuest { Email = e })),
            new CreatePolicy(Samples.GuestMfa("Guests MFA")),
            new CreatePartner(Samples.Fabrikam, new() { InboundTrust = new() { IsMfaAccepted = true } }),
        ];

        var outcomes = new List<ActionOutcome>();
        foreach (var action in creates)
        {
            outcomes.Add(await port.ApplyAsync(action, CancellationToken.None));
        }

        Assert.All(outcomes, o => Assert.True(o.Succeeded && !string.IsNullOrEmpty(o.ObjectId), o.Failure?.ToString()));
        Assert.Equal(2, tenant.Store.Users().Count);
        Assert.Single(tenant.Store.ConditionalAccessPolicies());
        Assert.Single(tenant.Store.Partners());
        var snapshot = await port.ReadAsync(new SnapshotRequest(Emails, ReadScope.Declared), CancellationToken.None);
        Assert.Equal(outcomes.Take(2).Select(o => o.ObjectId).Order(), snapshot.Users.Select(u => u.Id).Order());
    }

    [Fact]
    public async Task DeleteWhoseAnswerWasLostCountsAsDone()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var guest = tenant.Store.AddGuest("alex@fabrikam.example")["id"]!.GetValue<string>();
        tenant.Faults.Add(new FaultRule { Method = "DELETE", PathPrefix = "/users", Kind = FaultKind.CommitThenFail, Count = 1 });

        var outcome = await port.ApplyAsync(new DeleteGuest(guest, "alex@fabrikam.example"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.ToString());
        Assert.Single(tenant.Store.DeletedUsers());
    }

    [Fact]
    public async Task ThrottledBatchedLookupsAreSentAgain()
    {
        await using var tenant = await Local.StartAsync();
        tenant.Store.AddMember("breakglass@contoso.example");
        var waits = new RecordedWaits();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles, waits);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users", Kind = FaultKind.Throttle, Count = 1, RetryAfterSeconds = 2 });

        var snapshot = await port.ReadAsync(new SnapshotRequest(["breakglass@contoso.example"], ReadScope.Declared), CancellationToken.None);

        Assert.Single(snapshot.Users);
        Assert.Contains(TimeSpan.FromSeconds(2), waits.Waits);
    }

    [Fact]
    public async Task AThrottledPartnerListInADeclaredReadWaitsForItsRetryAfterAndIsSentAgain()
    {
        await using var tenant = await Local.StartAsync();
        const string partner = "3a1b2c4d-0000-4000-8000-00000000f00d";
        tenant.Store.AddPartner(new JsonObject { ["tenantId"] = partner, ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = true } });
        var waits = new RecordedWaits();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles, waits);
        tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/policies/crossTenantAccessPolicy/partners", Kind = FaultKind.Throttle, Count = 1, RetryAfterSeconds = 3 });

        var snapshot = await port.ReadAsync(new SnapshotRequest([], ReadScope.Declared, NamedPartners: [partner]), CancellationToken.None);

        Assert.Equal(partner, Assert.Single(snapshot.Partners).TenantId);
        Assert.Equal([TimeSpan.FromSeconds(3)], waits.Waits);
    }
}
