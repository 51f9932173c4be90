using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// One assignment or condition of a policy. It returns null when the sign-in matches it, or the
/// <see cref="AnalysisReasons"/> token explaining why the policy does not apply.
/// </summary>
internal interface IPolicyCondition
{
    string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions);
}
