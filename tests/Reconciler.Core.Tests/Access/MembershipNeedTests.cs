using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// The tenant is asked for memberships only when a policy the What If evaluates waits on them, and what it says fills
/// only what the caller did not give.
/// </summary>
public class MembershipNeedTests
{
    private const string Partners = "g-partners";

    public static TheoryData<string, ConditionalAccessUsers, string?, string[]?, bool> Cases => new()
    {
        { "a group exclusion with no groups known", new() { IncludeUsers = ["All"], ExcludeGroups = [Partners] }, "enabled", null, true },
        { "a role inclusion with no roles known", new() { IncludeRoles = ["r-template"] }, "enabledForReportingButNotEnforced", null, true },
        { "groups the caller gave", new() { IncludeUsers = ["All"], ExcludeGroups = [Partners] }, "enabled", [Partners], false },
        { "a disabled policy is not evaluated", new() { IncludeUsers = ["All"], ExcludeGroups = [Partners] }, "disabled", null, false },
        { "a user exclusion already decides", new() { IncludeUsers = ["All"], ExcludeUsers = [Alex.Email!], ExcludeGroups = [Partners] }, "enabled", null, false },
        { "no group or role condition", new() { IncludeUsers = ["All"] }, "enabled", null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MembershipMattersOnlyWhenAnEvaluatedPolicyWaitsOnIt(string rule, ConditionalAccessUsers users, string? state, string[]? groups, bool matters)
    {
        var policy = new PolicyUnderTest(GuestMfaPolicy.WithUsers(_ => users) with { State = state });

        Assert.True(matters == MembershipNeed.Matters(AlexIntoAzure with { GroupIds = groups }, [policy]), rule);
    }

    [Fact]
    public void WhatTheTenantSaysFillsOnlyWhatTheCallerDidNotGive()
    {
        var signIn = AlexIntoAzure with { GroupIds = ["given"] };

        var filled = MembershipNeed.With(signIn, new MembershipRead(["read"], null));

        Assert.Equal(["given"], filled.GroupIds!);
        Assert.Null(filled.RoleIds);
    }
}
