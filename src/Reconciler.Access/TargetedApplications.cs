using Reconciler.Access.Conditions;
using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// The app ids that any active policy targets for a set of guests, to feed the plan's sign-in impact table.
/// <c>All</c> stands for the caller's representative apps; an app group for the members we know.
/// </summary>
public static class TargetedApplications
{
    public static IReadOnlyList<string> For(
        IEnumerable<SignInUser> guests,
        IEnumerable<PolicyUnderTest> policies,
        IReadOnlyList<string> representativeApps)
    {
        var users = guests.ToList();
        return policies
            .Where(policy => policy.IsActive() && users.Any(user => Covers(policy, user)))
            .SelectMany(policy => Targets(policy, representativeApps))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static bool Covers(PolicyUnderTest policy, SignInUser user) =>
        UsersCondition.Evaluate(new SignIn { User = user }, policy.Body.Conditions?.Users) != Match.No;

    private static IEnumerable<string> Targets(PolicyUnderTest policy, IReadOnlyList<string> representativeApps)
    {
        var applications = policy.Body.Conditions?.Applications;
        var excluded = Expand(applications?.ExcludeApplications, representativeApps).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Expand(applications?.IncludeApplications, representativeApps).Where(app => !excluded.Contains(app));
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string>? entries, IReadOnlyList<string> representativeApps) =>
        (entries ?? []).SelectMany(entry => entry switch
        {
            _ when string.Equals(entry, "All", StringComparison.OrdinalIgnoreCase) => representativeApps,
            _ when string.Equals(entry, "None", StringComparison.OrdinalIgnoreCase) => [],
            _ when KnownApplications.IsGroup(entry) => KnownApplications.MembersOf(entry),
            _ => [entry],
        });
}
