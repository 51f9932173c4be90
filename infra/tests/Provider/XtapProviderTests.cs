using System.Collections.Immutable;
using Pulumi.Experimental;
using Reconciler.Infra.Provider;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Infra.Tests;

public sealed class XtapProviderTests
{
    private static readonly CrossTenantSettings TrustMfa = new() { InboundTrust = new InboundTrust { IsMfaAccepted = true } };

    [Fact]
    public void CheckRejectsAMalformedTenantIdWithTheSameCodeAsCore()
    {
        var response = XtapOperations.Check(XtapTokens.PartnerSettings, Properties(TrustMfa, "fabrikam.example"));

        var failure = Assert.Single(response.Failures!);
        Assert.Equal("tenantId", failure.Property);
        Assert.Contains("B2B1906", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAcceptsTheTutorialPartner() =>
        Assert.Empty(XtapOperations.Check(XtapTokens.PartnerSettings, Properties(TrustMfa, SampleStackConfig.PartnerTenantId)).Failures!);

    [Fact]
    public void DiffIgnoresReorderedTargets()
    {
        var a = new CrossTenantSettings { B2bCollaborationInbound = Targets(new AccessTarget("AllUsers", "user"), new AccessTarget("g1", "group")) };
        var b = new CrossTenantSettings { B2bCollaborationInbound = Targets(new AccessTarget("g1", "group"), new AccessTarget("AllUsers", "user")) };

        var response = XtapOperations.Diff(XtapTokens.PartnerSettings, Properties(a, SampleStackConfig.PartnerTenantId), Properties(b, SampleStackConfig.PartnerTenantId));

        Assert.False(response.Changes);
    }

    [Fact]
    public async Task CreateOfAPartnerPerformsCreatePartnerAndUsesTheTenantIdAsId()
    {
        var tenant = new RecordingTenant();

        var response = await Operations(tenant).CreateAsync(XtapTokens.PartnerSettings, Properties(TrustMfa, SampleStackConfig.PartnerTenantId), preview: false, CancellationToken.None);

        Assert.Equal(SampleStackConfig.PartnerTenantId, response.Id);
        Assert.Equal(new CreatePartner(SampleStackConfig.PartnerTenantId, TrustMfa), Assert.Single(tenant.Applied));
    }

    [Fact]
    public async Task PreviewNeverWrites()
    {
        var tenant = new RecordingTenant();

        await Operations(tenant).CreateAsync(XtapTokens.DefaultSettings, Properties(TrustMfa, null), preview: true, CancellationToken.None);

        Assert.Empty(tenant.Applied);
    }

    [Fact]
    public async Task DeletingTheDefaultResetsIt()
    {
        var tenant = new RecordingTenant();

        await Operations(tenant).DeleteAsync(XtapTokens.DefaultSettings, XtapTokens.DefaultId, CancellationToken.None);

        Assert.Equal(new ResetCrossTenantDefault(), Assert.Single(tenant.Applied));
    }

    [Fact]
    public async Task ReadOfAPartnerDeletedByHandReportsItGone()
    {
        var response = await Operations(new RecordingTenant()).ReadAsync(
            XtapTokens.PartnerSettings, SampleStackConfig.PartnerTenantId, Properties(TrustMfa, SampleStackConfig.PartnerTenantId), CancellationToken.None);

        Assert.Null(response.Id);
    }

    private static XtapOperations Operations(ITenant tenant) => new(_ => Task.FromResult(tenant));

    private static ImmutableDictionary<string, PropertyValue> Properties(CrossTenantSettings settings, string? tenantId) =>
        PropertyBags.ToProperties(CrossTenantPropertyBag.ToBag(settings, tenantId));

    private static B2BSetting Targets(params AccessTarget[] targets) =>
        new() { UsersAndGroups = new TargetConfiguration { AccessType = "allowed", Targets = targets } };

    private sealed class RecordingTenant : ITenant
    {
        public List<PlannedAction> Applied { get; } = [];

        public Task<LiveSnapshot> ReadAsync(SnapshotRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(new LiveSnapshot
            {
                Organization = new LiveOrganization(SampleStackConfig.TenantId, "Contoso"),
                CrossTenantDefault = new LiveCrossTenantDefault(),
            });

        public Task<ActionOutcome> ApplyAsync(PlannedAction action, CancellationToken cancellationToken)
        {
            Applied.Add(action);
            return Task.FromResult(new ActionOutcome(action, Succeeded: true, ObjectId: action.Key));
        }
    }
}
