using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Users assignment: users, the <c>All</c>/<c>None</c>/<c>GuestsOrExternalUsers</c> tokens, groups, roles and
/// external user types, included and excluded. A user reference the sign-in doesn't carry (an object id when only
/// the email is known) is taken as naming someone else.
/// </summary>
internal sealed class UsersCondition : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions) =>
        Matching.ReasonFor(Evaluate(signIn, conditions.Users), AnalysisReasons.Users, AnalysisReasons.NotEnoughInformation);

    public static Match Evaluate(SignIn signIn, ConditionalAccessUsers? users)
    {
        if (users is null)
        {
            return Match.No;
        }

        var included = Matching.AnyOf([
            UserReferences(users.IncludeUsers, signIn.User),
            Membership(users.IncludeGroups, signIn.GroupIds),
            Membership(users.IncludeRoles, signIn.RoleIds),
            ExternalUsers.Matches(users.IncludeGuestsOrExternalUsers, signIn.User),
        ]);
        var excluded = Matching.AnyOf([
            UserReferences(users.ExcludeUsers, signIn.User),
            Membership(users.ExcludeGroups, signIn.GroupIds),
            Membership(users.ExcludeRoles, signIn.RoleIds),
            ExternalUsers.Matches(users.ExcludeGuestsOrExternalUsers, signIn.User),
        ]);
        return Matching.Scope(included, excluded);
    }

    private static Match UserReferences(IReadOnlyList<string>? references, SignInUser user) =>
        Matching.From(references?.Any(reference => reference.ToLowerInvariant() switch
        {
            "all" => true,
            "none" => false,
            "guestsorexternalusers" => user.IsExternal,
            _ => user.IsNamedBy(reference),
        }) == true);

    private static Match Membership(IReadOnlyList<string>? policyIds, IReadOnlyList<string>? userIds)
    {
        if (policyIds.IsNullOrEmpty())
        {
            return Match.No;
        }

        return userIds is null ? Match.Unknown : Matching.From(policyIds!.Intersect(userIds, StringComparer.OrdinalIgnoreCase).Any());
    }
}
