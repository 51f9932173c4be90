using Reconciler.Access.Conditions;
using Reconciler.Model.Access;

namespace Reconciler.Access.Diagnostics;

/// <summary>Questions the access checks ask of a policy, answered with the evaluator's own rules.</summary>
internal static class MfaPolicies
{
    public static bool RequiresMfa(this PolicyUnderTest policy) =>
        policy.IsActive() && policy.Requirement() is { InvolvesMfa: true, Blocks: false };

    public static bool Covers(this PolicyUnderTest policy, SignInUser user) =>
        UsersCondition.Evaluate(new SignIn { User = user }, policy.Body.Conditions?.Users) == Match.Yes;

    public static string Describe(this PolicyUnderTest policy) => $"policy '{policy.DisplayName}'";
}
