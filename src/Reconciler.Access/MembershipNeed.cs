using Reconciler.Access.Conditions;
using Reconciler.Model.Access;

namespace Reconciler.Access;

/// <summary>
/// Whether a sign-in's verdict waits on group or role membership: some policy the What If evaluates (enabled or
/// report-only) has a users assignment that cannot be decided without it. Only then is the tenant asked.
/// </summary>
public static class MembershipNeed
{
    public static bool Matters(SignIn signIn, IEnumerable<PolicyUnderTest> policies) =>
        policies.Any(policy => policy.IsActive() && UsersCondition.Evaluate(signIn, policy.Body.Conditions?.Users) == Match.Unknown);

    /// <summary>The sign-in with what the tenant said; a part it could not say stays unknown.</summary>
    public static SignIn With(SignIn signIn, MembershipRead read) =>
        signIn with { GroupIds = signIn.GroupIds ?? read.GroupIds, RoleIds = signIn.RoleIds ?? read.RoleTemplateIds };
}
