using Microsoft.Graph.Models;
using Reconciler.Core.Planning;
using Ca = Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// Core record to a fresh SDK model. Only non-null Core properties are assigned, because the SDK sends exactly the
/// properties that were assigned (an explicit null would clear the value in the tenant).
/// </summary>
internal static class PolicyToGraph
{
    public static ConditionalAccessPolicy Create(Ca.ConditionalAccessPolicyBody body)
    {
        var policy = new ConditionalAccessPolicy { DisplayName = body.DisplayName };
        Assign(policy, body.State, body.Conditions, body.GrantControls, body.SessionControls);
        return policy;
    }

    public static ConditionalAccessPolicy Patch(PolicyPatch patch)
    {
        var policy = new ConditionalAccessPolicy();
        if (patch.DisplayName is { } name)
        {
            policy.DisplayName = name;
        }
        Assign(policy, patch.State, patch.Conditions, patch.GrantControls, patch.SessionControls);
        return policy;
    }

    private static void Assign(ConditionalAccessPolicy policy, string? state, Ca.ConditionalAccessConditions? conditions,
        Ca.ConditionalAccessGrantControls? grant, Ca.ConditionalAccessSessionControls? session)
    {
        if (state is not null)
        {
            policy.State = EnumTokens.Parse<ConditionalAccessPolicyState>(state, "state");
        }
        if (conditions is not null)
        {
            policy.Conditions = ConditionsToGraph.Map(conditions);
        }
        if (grant is not null)
        {
            policy.GrantControls = Map(grant);
        }
        if (session is not null)
        {
            policy.SessionControls = SessionToGraph.Map(session);
        }
    }

    private static ConditionalAccessGrantControls Map(Ca.ConditionalAccessGrantControls grant)
    {
        var model = new ConditionalAccessGrantControls();
        if (grant.Operator is { } op) model.Operator = op;
        if (grant.BuiltInControls is { } controls) model.BuiltInControls = EnumTokens.ParseList<ConditionalAccessGrantControl>(controls, "grantControls.builtInControls");
        if (grant.CustomAuthenticationFactors is { } factors) model.CustomAuthenticationFactors = [.. factors];
        if (grant.TermsOfUse is { } terms) model.TermsOfUse = [.. terms];
        if (grant.AuthenticationStrengthId is { } strength) model.AuthenticationStrength = new AuthenticationStrengthPolicy { Id = strength };
        return model;
    }
}
