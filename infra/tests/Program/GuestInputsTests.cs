using System.Text.Json.Nodes;
using static Reconciler.Infra.Tests.RecordingMocks;

namespace Reconciler.Infra.Tests;

/// <summary>Each guest option of the stack file and the invitation inputs it becomes.</summary>
public sealed class GuestInputsTests
{
    [Fact]
    public async Task TheTutorialsGuestIsInvitedWithItsAddressNameRedirectAndAMessage()
    {
        var invitation = await InvitationAsync("""
            { "email": "alex@fabrikam.example", "displayName": "Alex Wilber (Fabrikam)",
              "redirectUrl": "https://myapps.microsoft.com", "sendInvitationMessage": true }
            """);

        Assert.Equal("guest-alex-fabrikam-example", invitation.Name);
        Assert.Equal(
            ["message", "redirectUrl", "userDisplayName", "userEmailAddress", "userType"],
            invitation.Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("alex@fabrikam.example", invitation.Inputs["userEmailAddress"]);
        Assert.Equal("Alex Wilber (Fabrikam)", invitation.Inputs["userDisplayName"]);
        Assert.Equal("https://myapps.microsoft.com", invitation.Inputs["redirectUrl"]);
        Assert.Equal("Guest", invitation.Inputs["userType"]);
        Assert.Equal("en-US", At(invitation, "message.language"));
        Assert.False(Has(invitation, "message.body"));
    }

    [Fact]
    public async Task AGuestWithOnlyAnAddressGetsMyAppsAndNoEmail()
    {
        var invitation = await InvitationAsync("""{ "email": "sam@fabrikam.example" }""");

        Assert.Equal(["redirectUrl", "userEmailAddress", "userType"], invitation.Inputs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("https://myapps.microsoft.com", invitation.Inputs["redirectUrl"]);
    }

    [Fact]
    public async Task ACustomInvitationMessageIsSentAsTheBodyWithoutALanguage()
    {
        var invitation = await InvitationAsync("""
            { "email": "sam@fabrikam.example", "sendInvitationMessage": true, "invitationMessage": "Welcome to the portal." }
            """);

        Assert.Equal("Welcome to the portal.", At(invitation, "message.body"));
        Assert.False(Has(invitation, "message.language"));
    }

    [Fact]
    public async Task AGuestMarkedAbsentIsNotDeclaredSoPulumiDeletesIt()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:guests"]!.AsArray().Add(JsonNode.Parse("""{ "email": "sam@fabrikam.example", "ensure": "absent" }"""));

        var mocks = await ProgramRun.RunAsync(config);

        Assert.Equal("alex@fabrikam.example", mocks.Single(ProgramRun.Invitation).Inputs["userEmailAddress"]);
    }

    [Fact]
    public async Task AccountEnabledIsRefusedBecauseNoInvitationInputCarriesIt()
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:guests"] = JsonNode.Parse("""[{ "email": "alex@fabrikam.example", "accountEnabled": false }]""");

        var (errors, mocks) = await ProgramRun.RefusedAsync(config);

        Assert.Equal(
            ["The stack configuration has errors (listed above); nothing was declared.",
             "error B2B1901: guest 'alex@fabrikam.example': accountEnabled has no input in azuread's Invitation; remove it or use engine: reconciler"],
            errors.Select(WithoutLocation).Order(StringComparer.Ordinal));
        Assert.Empty(ProgramRun.DeclaredTypes(mocks));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RetainGuestsOnDeleteSetsRetainOnDeleteOnEveryInvitation(bool retain)
    {
        // Pulumi.Testing's mocks see inputs, not resource options, so the options the declarations use are checked here.
        var options = Reconciler.Infra.Stack.GuestDeclarations.Options(new Reconciler.PulumiMapping.PulumiStackModel { RetainGuestsOnDelete = retain });

        Assert.Equal(retain, options.RetainOnDelete);
    }

    private static async Task<Pulumi.Testing.MockResourceArgs> InvitationAsync(string guest)
    {
        var config = SampleStackConfig.Tutorial();
        config["b2b:guests"] = new JsonArray(JsonNode.Parse(guest));
        config.Remove("b2b:conditionalAccessPolicies");
        return (await ProgramRun.RunAsync(config)).Single(ProgramRun.Invitation);
    }

    /// <summary>Diagnostics read from config carry a location in the rebuilt JSON; the text after it is the contract.</summary>
    internal static string WithoutLocation(string diagnostic) =>
        diagnostic.StartsWith("Pulumi.", StringComparison.Ordinal) ? diagnostic[(diagnostic.IndexOf(": ", StringComparison.Ordinal) + 2)..] : diagnostic;
}
