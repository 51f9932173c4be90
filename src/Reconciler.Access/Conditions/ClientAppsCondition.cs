using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Access.Conditions;

/// <summary>Client app types: unset or <c>all</c> matches every client; otherwise the sign-in's client must be listed.</summary>
internal sealed class ClientAppsCondition : IPolicyCondition
{
    public string? FailureReason(SignIn signIn, ConditionalAccessConditions conditions)
    {
        var types = conditions.ClientAppTypes;
        var matches = types.IsNullOrEmpty() || types.ContainsToken("all")
            || (signIn.ClientApp is not null && types.ContainsToken(signIn.ClientApp));
        return matches ? null : AnalysisReasons.ClientApps;
    }
}
