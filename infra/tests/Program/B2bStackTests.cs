using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Reconciler.Infra.Stack;

namespace Reconciler.Infra.Tests;

public sealed class B2bStackTests
{
    private const string Invitation = "azuread:index/invitation:Invitation";
    private const string Policy = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

    [Fact]
    public async Task SampleStackRegistersOneInvitationOnePolicyAndTheCrossTenantResources()
    {
        var mocks = await RunAsync(SampleStackConfig.Tutorial());

        Assert.Equal(
            [Policy, Invitation, "pulumi:providers:xtap", "xtap:index:DefaultSettings", "xtap:index:PartnerSettings"],
            mocks.Resources.Select(r => r.Type!).Where(t => !t.StartsWith("pulumi:pulumi:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GuestIsInvitedWithTheTutorialsAddressAndAMessage()
    {
        var invitation = (await RunAsync(SampleStackConfig.Tutorial())).Single(Invitation);

        Assert.Equal("guest-alex-fabrikam-example", invitation.Name);
        Assert.Equal("alex@fabrikam.example", invitation.Inputs["userEmailAddress"]);
        Assert.Equal("https://myapps.microsoft.com", invitation.Inputs["redirectUrl"]);
        Assert.Equal("Alex Wilber (Fabrikam)", invitation.Inputs["userDisplayName"]);
        Assert.Equal("Guest", invitation.Inputs["userType"]);
        Assert.Equal("en-US", RecordingMocks.At(invitation, "message.language"));
    }

    [Fact]
    public async Task PolicyIsRegisteredWithExactlyTheTutorialsInputs()
    {
        var policy = (await RunAsync(SampleStackConfig.Tutorial())).Single(Policy);

        Assert.Equal("Require MFA for B2B portal access", policy.Inputs["displayName"]);
        Assert.Equal("enabled", policy.Inputs["state"]);
        Assert.Equal(["all"], RecordingMocks.Strings(policy, "conditions.clientAppTypes"));
        Assert.Equal([SampleStackConfig.PortalAppId], RecordingMocks.Strings(policy, "conditions.applications.includedApplications"));
        Assert.Equal(
            ["internalGuest", "b2bCollaborationGuest", "b2bCollaborationMember", "b2bDirectConnectUser", "otherExternalUser", "serviceProvider"],
            RecordingMocks.Strings(policy, "conditions.users.includedGuestsOrExternalUsers[0].guestOrExternalUserTypes"));
        Assert.Equal("all", RecordingMocks.At(policy, "conditions.users.includedGuestsOrExternalUsers[0].externalTenants[0].membershipKind"));
        Assert.Equal(RecordingMocks.BreakGlassObjectId, RecordingMocks.At(policy, "conditions.users.excludedUsers[0]"));
        Assert.Equal("OR", RecordingMocks.At(policy, "grantControls.operator"));
        Assert.Equal(["mfa"], RecordingMocks.Strings(policy, "grantControls.builtInControls"));
        Assert.False(policy.Inputs.ContainsKey("sessionControls"));
    }

    [Fact]
    public async Task BreakGlassAccountIsLookedUpByUserPrincipalName()
    {
        var mocks = await RunAsync(SampleStackConfig.Tutorial());

        var lookup = Assert.Single(mocks.Calls);
        Assert.Equal("azuread:index/getUsers:getUsers", lookup.Token);
        Assert.Equal(["breakglass@contoso.example"], ((ImmutableArray<object>)lookup.Args["userPrincipalNames"]).Cast<string>());
    }

    [Fact]
    public async Task CrossTenantDefaultAndPartnerCarryTheirTrustBlocks()
    {
        var mocks = await RunAsync(SampleStackConfig.Tutorial());

        Assert.Equal(false, RecordingMocks.At(mocks.Single("xtap:index:DefaultSettings"), "inboundTrust.isMfaAccepted"));
        var partner = mocks.Single("xtap:index:PartnerSettings");
        Assert.Equal(SampleStackConfig.PartnerTenantId, partner.Inputs["tenantId"]);
        Assert.Equal(true, RecordingMocks.At(partner, "inboundTrust.isMfaAccepted"));
        Assert.Equal(SampleStackConfig.TenantId, mocks.Single("pulumi:providers:xtap").Inputs["tenantId"]);
    }

    [Fact]
    public async Task StackOutputsHoldGuestAndPolicyIds()
    {
        SampleStackConfig.Use(SampleStackConfig.Tutorial());

        var (_, outputs) = await Deployment.TestAsync(new RecordingMocks(), Options(), B2bProgram.Declare);

        Assert.Contains("guestObjectIds", outputs.Keys);
        Assert.Contains("guestRedeemUrls", outputs.Keys);
        Assert.Contains("policyIds", outputs.Keys);
    }

    [Fact]
    public async Task StackOwnedByTheReconcilerEngineDeclaresNothing()
    {
        SampleStackConfig.Use(SampleStackConfig.Tutorial(engine: "reconciler"));
        var mocks = new RecordingMocks();

        await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options(), B2bProgram.Declare));

        Assert.DoesNotContain(mocks.Resources, r => r.Type is Invitation or Policy);
    }

    [Fact]
    public async Task InvalidConfigurationFailsBeforeAnyResourceIsDeclared()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:guests"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "email": "not-an-address" }]""");
        SampleStackConfig.Use(config);
        var mocks = new RecordingMocks();

        await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options(), B2bProgram.Declare));

        Assert.DoesNotContain(mocks.Resources, r => r.Type is Invitation or Policy);
    }

    private static async Task<RecordingMocks> RunAsync(System.Text.Json.Nodes.JsonObject config)
    {
        SampleStackConfig.Use(config);
        var mocks = new RecordingMocks();
        await Deployment.TestAsync(mocks, Options(), B2bProgram.Declare);
        return mocks;
    }

    private static TestOptions Options() => new() { ProjectName = "b2b", StackName = "dev", IsPreview = false };
}
