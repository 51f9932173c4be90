using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>
/// Conditions a sign-in description does not carry (device filter, insider risk, authentication flows):
/// a policy that configures one cannot be evaluated and does not apply, as the What If API reports it.
/// </summary>
internal sealed class UnmodelledConditions : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        if (conditions.Devices?.DeviceFilter is not null)
        {
            return AnalysisReasons.Devices;
        }

        if (!conditions.InsiderRiskLevels.IsNullOrEmpty())
        {
            return AnalysisReasons.InsiderRisk;
        }

        return conditions.AuthenticationFlows?.TransferMethods.IsNullOrEmpty() == false ? AnalysisReasons.AuthenticationFlow : null;
    }
}
