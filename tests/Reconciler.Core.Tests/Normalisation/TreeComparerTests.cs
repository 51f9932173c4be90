using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Core.Tests.Normalisation;

public class TreeComparerTests
{
    private static IReadOnlyList<PropertyDifference> Compare(ConditionalAccessPolicyBody declared, ConditionalAccessPolicyBody live) =>
        TreeComparer.Compare(GraphJson.ToTree(declared), GraphJson.ToTree(live));

    private static ConditionalAccessPolicyBody Policy(ConditionalAccessUsers? users = null, string? state = null, IReadOnlyList<string>? clientAppTypes = null) => new()
    {
        DisplayName = "P",
        State = state,
        Conditions = new ConditionalAccessConditions { Users = users, ClientAppTypes = clientAppTypes },
    };

    [Fact]
    public void ReorderedSetsAreEqual() =>
        Assert.Empty(Compare(
            Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest", "b2bCollaborationMember"] } }),
            Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationMember", "b2bCollaborationGuest"] } })));

    [Fact]
    public void DeclaredEmptyListEqualsAMissingLiveList() =>
        Assert.Empty(Compare(Policy(new() { ExcludeGroups = [] }), Policy(new())));

    [Fact]
    public void GuidsAndEnumsIgnoreCase() =>
        Assert.Empty(Compare(
            Policy(new() { IncludeUsers = ["B0000000-0000-0000-0000-00000000B001"] }, state: "Enabled"),
            Policy(new() { IncludeUsers = ["b0000000-0000-0000-0000-00000000b001"] }, state: "enabled")));

    [Fact]
    public void DisplayNameCaseIsAChange() =>
        Assert.Equal("displayName", Assert.Single(TreeComparer.Compare(
            GraphJson.ToTree(new ConditionalAccessPolicyBody { DisplayName = "MFA for guests" }),
            GraphJson.ToTree(new ConditionalAccessPolicyBody { DisplayName = "MFA For Guests" }))).Path);

    [Fact]
    public void WhatTheStackLeavesOutMustHoldGraphsUnsetValue() =>
        Assert.Equal(
            ["conditions.clientAppTypes", "conditions.users.includeUsers", "state"],
            Compare(Policy(), Policy(new() { IncludeUsers = ["All"] }, state: "enabled", clientAppTypes: ["browser"])).Select(d => d.Path).Order());

    [Fact]
    public void UnsetValuesAreEqualWhateverShapeGraphGivesThem() =>
        Assert.Empty(Compare(
            Policy() with { SessionControls = new() { DisableResilienceDefaults = false, PersistentBrowser = new() { IsEnabled = false } } },
            Policy(new() { ExcludeGroups = [] }) with { SessionControls = null }));

    [Fact]
    public void AValueOnlyTheTenantHoldsIsShownAgainstTheUnsetValue()
    {
        var difference = Assert.Single(Compare(Policy(), Policy() with { GrantControls = new() { TermsOfUse = ["7b2b1f0e-0000-4000-8000-000000000001"] } }));
        Assert.Equal(("grantControls.termsOfUse", "[]", """["7b2b1f0e-0000-4000-8000-000000000001"]"""), (difference.Path, difference.Declared, difference.Live));
    }

    [Fact]
    public void AChangedNestedSetIsReportedAtItsFullPathWithBothValues()
    {
        var difference = Assert.Single(Compare(
            Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest", "b2bCollaborationMember"] } }),
            Policy(new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"] } })));

        Assert.Equal(new PropertyDifference(
            "conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes",
            """["b2bCollaborationGuest","b2bCollaborationMember"]""",
            """["b2bCollaborationGuest"]"""), difference);
    }

    [Fact]
    public void AllClientAppTypesIsNotTheSameAsTheExplicitList() =>
        Assert.Single(Compare(Policy(clientAppTypes: ["all"]), Policy(clientAppTypes: ["browser", "mobileAppsAndDesktopClients", "exchangeActiveSync", "other"])));

    [Fact]
    public void ADeclaredValueAgainstNothingLiveIsDriftShownAsNull()
    {
        var difference = Assert.Single(Compare(Policy(state: "enabled"), Policy()));
        Assert.Equal(("state", "enabled", "null"), (difference.Path, difference.Declared, difference.Live));
    }

    [Fact]
    public void AMissingLiveListIsShownAsEmpty() =>
        Assert.Equal("[]", Assert.Single(Compare(Policy(new() { IncludeRoles = ["62e90394-69f5-4237-9190-012177145e10"] }), Policy(new()))).Live);
}
