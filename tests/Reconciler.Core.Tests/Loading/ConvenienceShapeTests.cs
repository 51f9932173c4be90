using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Loading;

/// <summary>The shapes accepted beyond Graph's own JSON, and Graph's JSON as pasted from an export.</summary>
public class ConvenienceShapeTests
{
    private const string PolicyHead =
        "b2b:conditionalAccessPolicies:\n- displayName: P\n  state: enabled\n  conditions:\n    applications: {includeApplications: [All]}\n";

    [Fact]
    public void FlagEnumIsAcceptedAsGraphsCommaString()
    {
        var state = Load(PolicyHead + "    users:\n      includeGuestsOrExternalUsers:\n        guestOrExternalUserTypes: internalGuest,b2bCollaborationGuest\n" +
            "        externalTenants: {'@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: all}\n" +
            "    insiderRiskLevels: minor,moderate\n  grantControls: {operator: OR, builtInControls: [mfa]}");

        var conditions = state.ConditionalAccessPolicies[0].Body.Conditions!;
        Assert.Equal(["internalGuest", "b2bCollaborationGuest"], conditions.Users!.IncludeGuestsOrExternalUsers!.GuestOrExternalUserTypes!);
        Assert.Equal("all", conditions.Users.IncludeGuestsOrExternalUsers.ExternalTenants!.MembershipKind);
        Assert.Equal(["minor", "moderate"], conditions.InsiderRiskLevels!);
    }

    [Fact]
    public void AuthenticationStrengthIsReducedToItsId()
    {
        var state = Load(PolicyHead + "    users: {includeUsers: [All]}\n  grantControls:\n    operator: OR\n" +
            "    authenticationStrength: {id: 00000000-0000-0000-0000-000000000002, displayName: Multifactor authentication}");

        Assert.Equal("00000000-0000-0000-0000-000000000002", state.ConditionalAccessPolicies[0].Body.GrantControls!.AuthenticationStrengthId);
    }

    [Fact]
    public void EmailsAreKeptWhereGraphWantsObjectIds()
    {
        var state = Load("b2b:breakGlassAccounts: [breakglass@contoso.example, 6c0b1f0e-1a2b-4c3d-8e9f-0a1b2c3d4e5f]\n" + PolicyHead +
            "    users: {includeUsers: [All], excludeUsers: [breakglass@contoso.example]}\n  grantControls: {operator: OR, builtInControls: [mfa]}");

        Assert.Equal(["breakglass@contoso.example"], state.ConditionalAccessPolicies[0].Body.Conditions!.Users!.ExcludeUsers!);
        Assert.Equal(2, state.BreakGlassAccounts.Count);
    }

    [Fact]
    public void OtherNamespacesAndStackFileKeysAreLeftAlone()
    {
        var result = Stacks.Load("encryptionsalt: v1:abc\n" + Stacks.WithConfig("azuread:clientId: x\npulumi:template: y\nb2b:ignore: {guests: ['*@partner.example']}"));

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.True(result.State!.Ignore.IgnoresGuest("kim@partner.example"));
    }

    [Fact]
    public void KeyWithoutNamespaceIsUnknownAndSuggestsTheNamespacedKey()
    {
        var diagnostic = Assert.Single(Stacks.Load(Stacks.WithConfig("guests: []")).Diagnostics);

        Assert.Equal("B2B1010", diagnostic.Code);
        Assert.Contains("Did you mean 'b2b:guests'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecureValueIsNeverPrinted()
    {
        var result = Stacks.Load(Stacks.WithConfig("b2b:graphUrl:\n  secure: v1:TOP-SECRET-CIPHERTEXT"));

        Assert.DoesNotContain("TOP-SECRET", string.Join("\n", result.Diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedInOneRun()
    {
        var result = Stacks.Load(Stacks.WithConfig("b2b:engine: terraform\nb2b:graphUrl: ftp://x\nb2b:guests:\n- email: nope\n- displayName: none"));

        Assert.Equal(["B2B1014", "B2B1018", "B2B1015", "B2B1012"], result.Diagnostics.Select(d => d.Code));
    }

    private static Reconciler.Model.Desired.DesiredState Load(string config)
    {
        var result = Stacks.Load(Stacks.WithConfig(config));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.State!;
    }
}
