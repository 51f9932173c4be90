using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

/// <summary>
/// Users assignment, per learn.microsoft.com "Conditional Access: Users, groups, agents, and workload identities":
/// All/None/GuestsOrExternalUsers, external user types and tenants, and exclusions beating inclusions.
/// </summary>
public class UserAssignmentRuleTests
{
    private static readonly string[] NoReasons = [];

    public static TheoryData<string, ConditionalAccessUsers, SignInUser, string[]> Cases => new()
    {
        { "All includes guests", new() { IncludeUsers = ["All"] }, Alex, NoReasons },
        { "None includes nobody", new() { IncludeUsers = ["None"] }, Alex, ["users"] },
        { "legacy GuestsOrExternalUsers token includes a guest", new() { IncludeUsers = ["GuestsOrExternalUsers"] }, Alex, NoReasons },
        { "legacy GuestsOrExternalUsers token does not include a member", new() { IncludeUsers = ["GuestsOrExternalUsers"] }, SignInUser.Member("m-1"), ["users"] },
        { "a user is matched by email", new() { IncludeUsers = ["ALEX@fabrikam.example"] }, Alex, NoReasons },
        { "a user is matched by object id", new() { IncludeUsers = ["u-1"] }, SignInUser.Member("u-1", "a@contoso.example"), NoReasons },
        { "exclusion by email beats inclusion of All", new() { IncludeUsers = ["All"], ExcludeUsers = [Alex.Email!] }, Alex, ["users"] },
        { "excluding GuestsOrExternalUsers removes guests", new() { IncludeUsers = ["All"], ExcludeUsers = ["GuestsOrExternalUsers"] }, Alex, ["users"] },
        { "a listed guest type in any tenant", Guests(["b2bCollaborationGuest"], All()), Alex, NoReasons },
        { "an unlisted guest type", Guests(["b2bDirectConnectUser"], All()), Alex, ["users"] },
        { "an enumerated home tenant", Guests(["b2bCollaborationGuest"], Enumerated(FabrikamTenant)), Alex, NoReasons },
        { "a home tenant not enumerated", Guests(["b2bCollaborationGuest"], Enumerated("other-tenant")), Alex, ["users"] },
        { "an unknown home tenant against enumerated tenants", Guests(["b2bCollaborationGuest"], Enumerated(FabrikamTenant)), Alex with { HomeTenantId = null }, ["notEnoughInformation"] },
        { "members are not external users", Guests(["b2bCollaborationGuest"], All()), SignInUser.Member("m-1"), ["users"] },
        {
            "excluded guest types beat All",
            new() { IncludeUsers = ["All"], ExcludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bCollaborationGuest"], ExternalTenants = Enumerated(FabrikamTenant) } },
            Alex,
            ["users"]
        },
        {
            "an internal guest ignores enumerated external tenants",
            Guests(["internalGuest"], Enumerated(FabrikamTenant)),
            SignInUser.Guest("in@contoso.example", null, ExternalUserType.InternalGuest),
            NoReasons
        },
        { "nobody is included without a users assignment", new(), Alex, ["users"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void UsersAssignmentDecidesWhetherThePolicyApplies(string rule, ConditionalAccessUsers users, SignInUser user, string[] reasons)
    {
        var policy = GuestMfaPolicy.WithUsers(_ => users);

        var evaluation = Evaluate(AlexIntoAzure with { User = user }, NoTrust, policy).Policies.Single();

        Assert.True(reasons.SequenceEqual(evaluation.Reasons), $"{rule}: got [{string.Join(", ", evaluation.Reasons)}]");
    }

    public static TheoryData<string, ConditionalAccessUsers, string[]?, string[]> GroupCases => new()
    {
        { "a member of an included group", new() { IncludeGroups = ["g-1"] }, ["g-1"], NoReasons },
        { "not a member of an included group", new() { IncludeGroups = ["g-1"] }, ["g-2"], ["users"] },
        { "unknown groups against an included group cannot be decided", new() { IncludeGroups = ["g-1"] }, null, ["notEnoughInformation"] },
        { "a member of an excluded group is excluded", new() { IncludeUsers = ["All"], ExcludeGroups = ["g-1"] }, ["g-1"], ["users"] },
        { "unknown groups against an excluded group cannot be decided", new() { IncludeUsers = ["All"], ExcludeGroups = ["g-1"] }, null, ["notEnoughInformation"] },
        { "not included means out, whatever the unknown exclusion", new() { IncludeUsers = ["None"], ExcludeGroups = ["g-1"] }, null, ["users"] },
    };

    [Theory]
    [MemberData(nameof(GroupCases))]
    public void GroupMembershipIsMatchedOrReportedAsUndecidable(string rule, ConditionalAccessUsers users, string[]? groups, string[] reasons)
    {
        var policy = GuestMfaPolicy.WithUsers(_ => users);

        var evaluation = Evaluate(AlexIntoAzure with { GroupIds = groups }, NoTrust, policy).Policies.Single();

        Assert.True(reasons.SequenceEqual(evaluation.Reasons), $"{rule}: got [{string.Join(", ", evaluation.Reasons)}]");
    }

    [Fact]
    public void RolesAreMatchedLikeGroups()
    {
        var policy = GuestMfaPolicy.WithUsers(_ => new() { IncludeRoles = ["role-ga"] });
        var member = AlexIntoAzure with { User = SignInUser.Member("m-1"), RoleIds = ["role-ga"] };

        Assert.True(Evaluate(member, NoTrust, policy).Policies.Single().Applies);
    }

    private static ConditionalAccessUsers Guests(string[] types, ConditionalAccessExternalTenants tenants) =>
        new() { IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = types, ExternalTenants = tenants } };

    private static ConditionalAccessExternalTenants All() => new() { MembershipKind = "all" };

    private static ConditionalAccessExternalTenants Enumerated(string tenant) => new() { MembershipKind = "enumerated", Members = [tenant] };
}
