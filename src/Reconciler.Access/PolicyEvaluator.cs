using Reconciler.Access.Conditions;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access;

/// <summary>
/// Decides whether one policy applies to a sign-in: every configured assignment and condition must match.
/// Conditions are checked in the order of Graph's analysisReasons flags, so the first reason is the first that failed.
/// </summary>
internal static class PolicyEvaluator
{
    private static readonly IPolicyCondition[] Conditions =
    [
        new UsersCondition(),
        new ApplicationsCondition(),
        new DevicePlatformsCondition(),
        new ClientAppsCondition(),
        new LocationsCondition(),
        RiskCondition.SignInRisk,
        RiskCondition.UserRisk,
        new UnmodelledConditions(),
    ];

    public static (PolicyEvaluation Evaluation, GrantRequirement Requirement) Evaluate(SignIn signIn, PolicyUnderTest policy)
    {
        var requirement = GrantRequirement.From(policy.Body.GrantControls);
        var reasons = FailureReasons(signIn, policy);
        var applies = reasons.Count == 0;
        var evaluation = new PolicyEvaluation(
            policy.DisplayName,
            policy.State,
            applies,
            reasons,
            Enforced: applies && PolicyState.IsEnabled(policy.State),
            RequiredControls: applies ? requirement.Describe() : []);
        return (evaluation, requirement);
    }

    private static IReadOnlyList<string> FailureReasons(SignIn signIn, PolicyUnderTest policy)
    {
        if (!PolicyState.IsEvaluated(policy.State))
        {
            return [AnalysisReasons.PolicyNotEnabled];
        }

        var conditions = policy.Body.Conditions ?? new ConditionalAccessConditions();
        return Conditions
            .Select(condition => condition.FailureReason(signIn, conditions))
            .OfType<string>()
            .Distinct()
            .ToList();
    }
}
