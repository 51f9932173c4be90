using Reconciler.Model.CrossTenant;
using Reconciler.PulumiMapping.CrossTenant;
using static Reconciler.Core.Tests.PulumiMapping.CrossTenantSamples;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class CrossTenantPropertyBagTests
{
    [Fact]
    public void EverySettingSurvivesARoundTripThroughTheBag()
    {
        var bag = CrossTenantPropertyBag.ToBag(Everything, TutorialStack.PartnerTenantId);
        var reader = new CrossTenantBagReader();

        var read = reader.ReadSettings(bag);

        Assert.Empty(reader.Failures);
        Assert.Equal(TutorialStack.PartnerTenantId, reader.ReadString(bag, "tenantId", null));
        Assert.Empty(CrossTenantBlockComparer.ChangedBlocks(Everything, read));
        Assert.Equal(Everything.InboundTrust, read.InboundTrust);
        Assert.Equal(Everything.AutomaticUserConsentSettings, read.AutomaticUserConsentSettings);
        Assert.Equal(Everything.IsServiceProvider, read.IsServiceProvider);
    }

    [Fact]
    public void BagUsesGraphsCamelCaseKeysAndLeavesUndeclaredPropertiesOut()
    {
        var bag = CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, TutorialStack.PartnerTenantId);

        Assert.Equal(["inboundTrust", "tenantId"], bag.Keys.Order(StringComparer.Ordinal));
        var trust = Assert.IsType<Dictionary<string, object?>>(bag["inboundTrust"]);
        Assert.Equal(true, Assert.Single(trust, p => p.Key == "isMfaAccepted").Value);
        Assert.Single(trust);
    }

    [Fact]
    public void EmptySettingsMakeAnEmptyBag() => Assert.Empty(CrossTenantPropertyBag.ToBag(new CrossTenantSettings()));

    [Fact]
    public void WrongTypesAndUnknownKeysAreAllReportedWithTheirPaths()
    {
        var bag = Bag(
            ("inboundTrust", Bag(("isMfaAccepted", "yes"), ("trustEverything", true))),
            ("b2bCollaborationInbound", "open"));
        var reader = new CrossTenantBagReader();

        reader.ReadSettings(bag);

        Assert.Equal(
            ["inboundTrust.trustEverything", "inboundTrust.isMfaAccepted", "b2bCollaborationInbound"],
            reader.Failures.Select(f => f.Property));
        Assert.All(reader.Failures, f => Assert.Equal("B2B1905", f.Diagnostic.Code));
    }

    [Fact]
    public void UnknownValuesDuringPreviewReadAsUndeclared()
    {
        var reader = new CrossTenantBagReader();

        var read = reader.ReadSettings(Bag(("inboundTrust", Bag(("isMfaAccepted", UnknownValue.Instance)))));

        Assert.Empty(reader.Failures);
        Assert.Null(read.InboundTrust!.IsMfaAccepted);
    }
}
