using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.PulumiMapping;
using Reconciler.PulumiMapping.CrossTenant;

namespace Reconciler.Core.Tests.PulumiMapping;

public sealed class PulumiStackMapperTests
{
    [Fact]
    public void TutorialStackDeclaresOneOfEachResourceWithStableNames()
    {
        var model = PulumiStackMapper.Map(TutorialStack.State);

        Assert.False(model.HasErrors);
        Assert.Equal("guest-alex-fabrikam-example", Assert.Single(model.Guests).ResourceName);
        Assert.Equal("ca-require-mfa-for-b2b-portal-access", Assert.Single(model.Policies).ResourceName);
        Assert.Equal(XtapTokens.DefaultSettings, model.CrossTenantDefault!.Token);
        var partner = Assert.Single(model.Partners);
        Assert.Equal("xtap-partner-3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", partner.ResourceName);
        Assert.Equal(XtapTokens.PartnerSettings, partner.Token);
        Assert.Equal(TutorialStack.PartnerTenantId, partner.Inputs["tenantId"]);
    }

    [Fact]
    public void AbsentObjectsAreNotDeclaredSoPulumiDeletesThem()
    {
        var state = TutorialStack.State with
        {
            Guests = [TutorialStack.Guest with { Ensure = Ensure.Absent }],
            ConditionalAccessPolicies = [TutorialStack.Policy with { Ensure = Ensure.Absent }],
        };

        var model = PulumiStackMapper.Map(state);

        Assert.Empty(model.Guests);
        Assert.Empty(model.Policies);
    }

    [Fact]
    public void PinnedPolicyIdIsAWarningBecausePulumiAdoptsOnlyByImport()
    {
        var state = TutorialStack.State with { ConditionalAccessPolicies = [TutorialStack.Policy with { Id = "0c7d0000-0000-4000-8000-000000000001" }] };

        var diagnostic = Assert.Single(PulumiStackMapper.Map(state).Diagnostics);

        Assert.Equal("B2B1904", diagnostic.Code);
    }

    [Theory]
    [InlineData("Require MFA: guests (all)", "require-mfa-guests-all")]
    [InlineData("--x--", "x")]
    public void SlugsKeepLettersAndDigitsOnly(string value, string expected) => Assert.Equal(expected, ResourceNames.Slug(value));
}
