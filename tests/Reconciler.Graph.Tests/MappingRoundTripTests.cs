using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests;

public class MappingRoundTripTests
{
    private static readonly SnapshotRequest Nothing = new([], Reconciler.Model.Live.ReadScope.Declared);

    [Fact]
    public async Task PolicyWithEveryPropertyReadsBackExactlyAsCreated()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var body = Samples.FullPolicy("Every property");

        var outcome = await port.ApplyAsync(new CreatePolicy(body), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Failure?.ToString());
        var live = Assert.Single((await port.ReadAsync(Nothing, CancellationToken.None)).ConditionalAccessPolicies);

        Assert.Equal(outcome.ObjectId, live.Id);
        Assert.Equal(Local.Json(body), Local.Json(live.Body));
        Assert.NotNull(live.CreatedDateTime);
    }

    [Fact]
    public async Task PartnerAndDefaultWithEveryBlockReadBackExactly()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant);
        var partner = Samples.FullSettings(isServiceProvider: true);
        var defaults = Samples.FullSettings(isServiceProvider: false);

        Assert.True((await port.ApplyAsync(new CreatePartner(Samples.Fabrikam, partner), CancellationToken.None)).Succeeded);
        Assert.True((await port.ApplyAsync(new UpdateCrossTenantDefault(defaults), CancellationToken.None)).Succeeded);
        var snapshot = await port.ReadAsync(Nothing, CancellationToken.None);

        var live = Assert.Single(snapshot.Partners);
        Assert.Equal(Samples.Fabrikam, live.TenantId);
        Assert.Equal(Local.Json(partner), Local.Json(live.Settings));
        Assert.False(snapshot.CrossTenantDefault.IsServiceDefault);
        Assert.Equal(Local.Json(defaults with { AutomaticUserConsentSettings = snapshot.CrossTenantDefault.Settings.AutomaticUserConsentSettings }),
            Local.Json(snapshot.CrossTenantDefault.Settings));
        Assert.Empty(snapshot.Diagnostics);
    }
}
