using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access;

/// <summary>
/// Guests whose sign-ins a set of policies cannot tell apart: the same external user type and home tenant, and named
/// by no policy's <c>includeUsers</c> or <c>excludeUsers</c> (a guest a policy names, by object id or email, is a
/// group of its own). Every condition and trust rule the evaluator applies to a user reads only these, so one
/// member's verdict is every member's, and a plan of many guests evaluates each group once.
/// </summary>
public static class SignInGroups
{
    private static readonly string[] Tokens = ["All", "None", "GuestsOrExternalUsers"];

    /// <summary>The groups in the order their first members come, each member in its own order.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Of<T>(IEnumerable<T> guests, Func<T, SignInUser> user, IEnumerable<PolicyUnderTest> policies)
    {
        var named = NamedUsers(policies);
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var ordered = new List<IReadOnlyList<T>>();
        foreach (var guest in guests)
        {
            var key = KeyOf(user(guest), named);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                ordered.Add(members);
            }

            members.Add(guest);
        }

        return ordered;
    }

    private static HashSet<string> NamedUsers(IEnumerable<PolicyUnderTest> policies)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var users in policies.Select(p => p.Body.Conditions?.Users).OfType<ConditionalAccessUsers>())
        {
            named.UnionWith(users.IncludeUsers ?? []);
            named.UnionWith(users.ExcludeUsers ?? []);
        }

        named.ExceptWith(Tokens);
        return named;
    }

    private static string KeyOf(SignInUser user, HashSet<string> named)
    {
        var alike = $"{user.ExternalUserType?.ToToken()}\n{user.HomeTenantId?.ToLowerInvariant()}";
        var isNamed = (user.Id is not null && named.Contains(user.Id)) || (user.Email is not null && named.Contains(user.Email));
        return isNamed ? $"{alike}\n{user.Id?.ToLowerInvariant()}\n{user.Email?.ToLowerInvariant()}" : alike;
    }
}
