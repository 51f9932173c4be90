using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;
using Reconciler.Infra.Stack;

namespace Reconciler.Infra.Tests;

/// <summary>The sample stack (the tutorial), as <c>pulumi up</c> would declare it.</summary>
public sealed class SampleStackTests
{
    private const string Invitation = ProgramRun.Invitation;
    private const string Policy = ProgramRun.Policy;

    [Fact]
    public async Task SampleStackRegistersOneInvitationOnePolicyAndTheCrossTenantResources()
    {
        var mocks = await ProgramRun.RunAsync(SampleStackConfig.Tutorial());

        Assert.Equal(
            [Policy, Invitation, "pulumi:providers:xtap", "xtap:index:DefaultSettings", "xtap:index:PartnerSettings"],
            ProgramRun.DeclaredTypes(mocks));
    }

    [Fact]
    public async Task PolicyIsRegisteredWithExactlyTheTutorialsInputs()
    {
        var policy = (await ProgramRun.RunAsync(SampleStackConfig.Tutorial())).Single(Policy);

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
        var mocks = await ProgramRun.RunAsync(SampleStackConfig.Tutorial());

        var lookup = Assert.Single(mocks.Calls);
        Assert.Equal("azuread:index/getUsers:getUsers", lookup.Token);
        Assert.Equal(["breakglass@contoso.example"], ((ImmutableArray<object>)lookup.Args["userPrincipalNames"]).Cast<string>());
    }

    [Fact]
    public async Task CrossTenantDefaultAndPartnerCarryTheirTrustBlocks()
    {
        var mocks = await ProgramRun.RunAsync(SampleStackConfig.Tutorial());

        Assert.Equal(false, RecordingMocks.At(mocks.Single("xtap:index:DefaultSettings"), "inboundTrust.isMfaAccepted"));
        var partner = mocks.Single("xtap:index:PartnerSettings");
        Assert.Equal(SampleStackConfig.PartnerTenantId, partner.Inputs["tenantId"]);
        Assert.Equal(true, RecordingMocks.At(partner, "inboundTrust.isMfaAccepted"));
        Assert.Equal(SampleStackConfig.TenantId, mocks.Single("pulumi:providers:xtap").Inputs["tenantId"]);
    }

    [Fact]
    public async Task StackOutputsHoldEachGuestsObjectIdAndRedeemUrlAndEachPolicysId()
    {
        SampleStackConfig.Use(SampleStackConfig.Tutorial());

        var (_, outputs) = await Deployment.TestAsync(new RecordingMocks(), new TestOptions { ProjectName = "b2b", StackName = "dev" }, B2bProgram.Declare);

        Assert.Equal(["guestObjectIds", "guestRedeemUrls", "policyIds"], outputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("user-guest-alex-fabrikam-example", await ValueAsync(outputs["guestObjectIds"], "alex@fabrikam.example"));
        Assert.Equal("https://login.example/redeem/guest-alex-fabrikam-example", await ValueAsync(outputs["guestRedeemUrls"], "alex@fabrikam.example"));
        Assert.Equal("policy-ca-require-mfa-for-b2b-portal-access", await ValueAsync(outputs["policyIds"], "Require MFA for B2B portal access"));
    }

    private static Task<string> ValueAsync(object? outputs, string key) => OutputUtilities.GetValueAsync(Output(outputs, key));

    private static Output<string> Output(object? outputs, string key) => (Output<string>)((IDictionary<string, object?>)outputs!)[key]!;
}
