using Reconciler.Model.CrossTenant;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.PulumiMapping.CrossTenant;
using static Reconciler.Core.Tests.PulumiMapping.CrossTenantSamples;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class XtapResourceLogicTests
{
    private const string Partner = XtapTokens.PartnerSettings;

    [Fact]
    public void TutorialPartnerPassesCheck()
    {
        var result = XtapResourceLogic.Check(Partner, CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, TutorialStack.PartnerTenantId));

        Assert.True(result.IsValid);
        Assert.Equal(TutorialStack.PartnerTenantId, result.Inputs!.Id);
        Assert.Equal(TutorialStack.PartnerSettings, result.Inputs.Settings);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fabrikam.example")]
    public void PartnerWithoutAGuidTenantIdIsRejectedWithB2B1906(string? tenantId)
    {
        var result = XtapResourceLogic.Check(Partner, CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, tenantId));

        var failure = Assert.Single(result.Failures);
        Assert.Equal(("tenantId", "B2B1906"), (failure.Property, failure.Diagnostic.Code));
    }

    [Fact]
    public void UnknownAccessAndTargetTypesAreRejectedWithB2B1907()
    {
        var settings = new CrossTenantSettings
        {
            B2bCollaborationInbound = new B2BSetting
            {
                UsersAndGroups = new TargetConfiguration { AccessType = "maybe", Targets = [new AccessTarget("AllUsers", "person")] },
            },
        };

        var result = XtapResourceLogic.Check(XtapTokens.DefaultSettings, CrossTenantPropertyBag.ToBag(settings));

        Assert.Equal(
            ["b2bCollaborationInbound.usersAndGroups.accessType", "b2bCollaborationInbound.usersAndGroups.targets[0].targetType"],
            result.Failures.Select(f => f.Property));
        Assert.All(result.Failures, f => Assert.Equal("B2B1907", f.Diagnostic.Code));
    }

    [Fact]
    public void DefaultRejectsPartnerOnlyProperties()
    {
        var result = XtapResourceLogic.Check(XtapTokens.DefaultSettings, CrossTenantPropertyBag.ToBag(new CrossTenantSettings { IsServiceProvider = true }, "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"));

        Assert.Equal(["tenantId", "isServiceProvider"], result.Failures.Select(f => f.Property));
    }

    [Fact]
    public void ReorderedTargetsAndDifferentCaseNeverShowADiff()
    {
        var reordered = Everything with
        {
            B2bCollaborationInbound = new B2BSetting
            {
                UsersAndGroups = new TargetConfiguration
                {
                    AccessType = "Allowed",
                    Targets = [new AccessTarget("6F2C0000-0000-4000-8000-000000000001", "Group"), new AccessTarget("allusers", "user")],
                },
                Applications = Everything.B2bCollaborationInbound!.Applications,
            },
        };

        var diff = XtapResourceLogic.Diff(Partner, PartnerBag(Everything), PartnerBag(reordered));

        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void ChangedTrustIsAnUpdateOfThatBlockOnly()
    {
        var diff = XtapResourceLogic.Diff(Partner, PartnerBag(TutorialStack.PartnerSettings), PartnerBag(TutorialStack.DefaultSettings));

        Assert.Equal(["inboundTrust"], diff.ChangedProperties);
        Assert.Empty(diff.Replaces);
    }

    [Fact]
    public void AnotherTenantIdReplacesThePartner()
    {
        var old = CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, TutorialStack.PartnerTenantId);
        var @new = CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, "4e2c3d5f-6071-4b8c-9d0e-1f2a3b4c5d6e");

        var diff = XtapResourceLogic.Diff(Partner, old, @new);

        Assert.Equal(["tenantId"], diff.Replaces);
    }

    [Fact]
    public void TenantIdInADifferentCaseIsTheSamePartner()
    {
        var old = CrossTenantPropertyBag.ToBag(TutorialStack.PartnerSettings, TutorialStack.PartnerTenantId.ToUpperInvariant());

        Assert.False(XtapResourceLogic.Diff(Partner, old, PartnerBag(TutorialStack.PartnerSettings)).HasChanges);
    }

    [Fact]
    public void LifecycleCallsPerformTheSameActionsAsReconcilerApply()
    {
        var partner = XtapResourceLogic.Check(Partner, PartnerBag(TutorialStack.PartnerSettings)).Inputs!;
        var @default = XtapResourceLogic.Check(XtapTokens.DefaultSettings, CrossTenantPropertyBag.ToBag(TutorialStack.DefaultSettings)).Inputs!;

        Assert.Equal(new CreatePartner(TutorialStack.PartnerTenantId, TutorialStack.PartnerSettings), XtapResourceLogic.CreateAction(partner));
        var update = Assert.IsType<UpdatePartner>(XtapResourceLogic.UpdateAction(partner));
        Assert.Equal((TutorialStack.PartnerTenantId, TutorialStack.PartnerSettings), (update.TenantId, update.Blocks));
        Assert.Equal(["b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound"], update.Cleared);
        Assert.Equal(new DeletePartner(TutorialStack.PartnerTenantId), XtapResourceLogic.DeleteAction(Partner, TutorialStack.PartnerTenantId));
        Assert.Equal(new UpdateCrossTenantDefault(TutorialStack.DefaultSettings), XtapResourceLogic.CreateAction(@default));
        Assert.Equal(new ResetCrossTenantDefault(), XtapResourceLogic.DeleteAction(XtapTokens.DefaultSettings, XtapTokens.DefaultId));
    }

    [Fact]
    public void ReadOfAWholePartnerReportsEverySwitchAndEveryBlockSetByHand()
    {
        // The program declares a partner whole: undeclared switches false, undeclared blocks null (inherit the default).
        var whole = PartnerBag(WholeCrossTenantSettings.ForPartner(TutorialStack.PartnerSettings));
        var declared = XtapResourceLogic.Check(Partner, whole).Inputs!;
        var live = Snapshot(new LivePartner { TenantId = TutorialStack.PartnerTenantId, Settings = Everything with { InboundTrust = new InboundTrust { IsMfaAccepted = true, IsCompliantDeviceAccepted = true } } });

        var outputs = XtapResourceLogic.ReadOutputs(declared, live)!;

        Assert.Equal(
            ["inboundTrust", .. new[] { "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound" }.Where(b => outputs.ContainsKey(b))],
            XtapResourceLogic.Diff(Partner, outputs, whole).ChangedProperties);
        Assert.Contains("b2bCollaborationInbound", outputs.Keys);
    }

    [Fact]
    public void ReadOfAPartnerDeletedByHandReportsItGone()
    {
        var declared = XtapResourceLogic.Check(Partner, PartnerBag(TutorialStack.PartnerSettings)).Inputs!;

        Assert.Null(XtapResourceLogic.ReadOutputs(declared, Snapshot()));
    }

    [Fact]
    public void ReadOfTheDefaultShowsDriftInADeclaredProperty()
    {
        var declared = XtapResourceLogic.Check(XtapTokens.DefaultSettings, CrossTenantPropertyBag.ToBag(TutorialStack.DefaultSettings)).Inputs!;
        var live = Snapshot() with { CrossTenantDefault = new LiveCrossTenantDefault { Settings = TutorialStack.PartnerSettings } };

        var outputs = XtapResourceLogic.ReadOutputs(declared, live)!;

        var diff = XtapResourceLogic.Diff(XtapTokens.DefaultSettings, outputs, CrossTenantPropertyBag.ToBag(TutorialStack.DefaultSettings));
        Assert.Equal(["inboundTrust"], diff.ChangedProperties);
    }

    private static Dictionary<string, object?> PartnerBag(CrossTenantSettings settings) =>
        CrossTenantPropertyBag.ToBag(settings, TutorialStack.PartnerTenantId);

    private static LiveSnapshot Snapshot(params LivePartner[] partners) => new()
    {
        Organization = new LiveOrganization(TutorialStack.State.TenantId, "Contoso"),
        CrossTenantDefault = new LiveCrossTenantDefault(),
        Partners = partners,
    };
}
