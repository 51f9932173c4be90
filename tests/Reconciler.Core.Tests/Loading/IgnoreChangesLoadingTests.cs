using Reconciler.Core.Tests.Support;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Loading;

/// <summary><c>ignoreChanges</c> on each kind of declared object: read as written, and refused where a path would ignore nothing.</summary>
public class IgnoreChangesLoadingTests
{
    private const string Policy =
        "b2b:conditionalAccessPolicies:\n- displayName: P\n  state: enabled\n  conditions:\n    applications: {includeApplications: [All]}\n    users: {includeUsers: [All]}\n  grantControls: {operator: OR, builtInControls: [mfa]}\n";

    [Fact]
    public void EachKindOfObjectReadsItsIgnoredPaths()
    {
        var result = Stacks.Load(Stacks.WithConfig(
            Policy + "  ignoreChanges: [conditions.users.excludeGroups, sessionControls]\n"
            + "b2b:guests:\n- email: alex@fabrikam.example\n  ignoreChanges: [displayName]\n"
            + "b2b:crossTenantAccess:\n  default:\n    ignoreChanges: [b2bDirectConnectInbound]\n"
            + "  partners:\n  - tenantId: 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d\n    ignoreChanges: [inboundTrust.isMfaAccepted, isServiceProvider]"));

        Assert.Empty(result.Diagnostics);
        var desired = result.State!;
        Assert.Equal(["conditions.users.excludeGroups", "sessionControls"], Assert.Single(desired.ConditionalAccessPolicies).IgnoreChanges);
        Assert.Equal(["displayName"], Assert.Single(desired.Guests).IgnoreChanges);
        Assert.Equal(["b2bDirectConnectInbound"], desired.CrossTenantAccess!.DefaultIgnoreChanges);
        Assert.Equal(["inboundTrust.isMfaAccepted", "isServiceProvider"], Assert.Single(desired.CrossTenantAccess.Partners).IgnoreChanges);
    }

    [Fact]
    public void AMisspelledPathIsRefusedAtItsItemWithTheNearestValidPath()
    {
        var result = Stacks.Load(Stacks.WithConfig(Policy + "  ignoreChanges: [sessionControls, conditions.users.excludeGroup]"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("B2B1040", 10, 38), (diagnostic.Code, diagnostic.Location!.Line, diagnostic.Location.Column));
        Assert.Contains("Did you mean 'conditions.users.excludeGroups'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathNothingIsNearListsTheValidPathsAtTheLevelItReached()
    {
        var result = Stacks.Load(Stacks.WithConfig(Policy + "  ignoreChanges: [conditions.users.whoeverTheyAre]"));

        var message = Assert.Single(result.Diagnostics, d => d.Code == "B2B1040").Message;
        Assert.Contains("Valid here: conditions.users.includeUsers, conditions.users.excludeUsers,", message, StringComparison.Ordinal);
    }

    [Fact]
    public void APathOfAnotherKindOfObjectIsRefused()
    {
        // isServiceProvider belongs to partners; the tenant-wide default has no such setting.
        var result = Stacks.Load(Stacks.WithConfig("b2b:crossTenantAccess:\n  default:\n    ignoreChanges: [isServiceProvider]"));

        Assert.Equal("B2B1040", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData(ResourceType.ConditionalAccessPolicy, "conditions.users.excludeGroups")]
    [InlineData(ResourceType.ConditionalAccessPolicy, "grantControls.authenticationStrengthId")]
    [InlineData(ResourceType.ConditionalAccessPolicy, "sessionControls.signInFrequency.value")]
    [InlineData(ResourceType.CrossTenantAccessPartner, "b2bCollaborationInbound.usersAndGroups.targets")]
    [InlineData(ResourceType.CrossTenantAccessDefault, "automaticUserConsentSettings.inboundAllowed")]
    [InlineData(ResourceType.Guest, "accountEnabled")]
    public void ThePathsDriftReportsAreValid(ResourceType type, string path) =>
        Assert.True(IgnorablePaths.IsValid(type, path), string.Join(", ", IgnorablePaths.For(type)));
}
