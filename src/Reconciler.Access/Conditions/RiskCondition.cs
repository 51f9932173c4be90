using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Sign-in or user risk: a policy that lists risk levels applies only when the sign-in's level is listed.
/// An unspecified level means the policy does not apply, as the What If tool reports it.
/// </summary>
internal sealed class RiskCondition(
    Func<ConditionalAccessConditions, IReadOnlyList<string>?> levels,
    Func<SignIn, string?> level,
    string reason) : IPolicyCondition
{
    public static RiskCondition SignInRisk { get; } = new(c => c.SignInRiskLevels, s => s.SignInRisk, AnalysisReasons.SignInRisk);

    public static RiskCondition UserRisk { get; } = new(c => c.UserRiskLevels, s => s.UserRisk, AnalysisReasons.UserRisk);

    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        var listed = levels(conditions);
        var actual = level(signIn);
        return listed.IsNullOrEmpty() || (actual is not null && listed.ContainsToken(actual)) ? null : reason;
    }
}
