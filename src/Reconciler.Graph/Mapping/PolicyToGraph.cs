using Microsoft.Graph.Models;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Ca = Reconciler.Model.ConditionalAccess;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// Core record to a fresh SDK model. The SDK sends exactly the properties that were assigned, an assigned null as an
/// explicit <c>null</c>, so a patch assigns only the properties it changes; each of those is the declared value whole,
/// its unset parts assigned, because a declared policy is managed whole.
/// </summary>
internal static class PolicyToGraph
{
    public static ConditionalAccessPolicy Create(Ca.ConditionalAccessPolicyBody body)
    {
        var policy = new ConditionalAccessPolicy { DisplayName = body.DisplayName };
        Assign(policy, body.State, body.Conditions, body.GrantControls, body.SessionControls);
        if (body.GrantControls is null)
        {
            policy.GrantControls = null;
        }
        if (body.SessionControls is null)
        {
            policy.SessionControls = null;
        }
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
        if (patch.ClearsGrantControls)
        {
            policy.GrantControls = null;
        }
        if (patch.ClearsSessionControls)
        {
            policy.SessionControls = null;
        }
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
        var model = new ConditionalAccessGrantControls
        {
            BuiltInControls = EnumTokens.ParseList<ConditionalAccessGrantControl>(grant.BuiltInControls ?? [], "grantControls.builtInControls"),
            CustomAuthenticationFactors = [.. grant.CustomAuthenticationFactors ?? []],
            TermsOfUse = [.. grant.TermsOfUse ?? []],
        };
        if (grant.Operator is { } op) model.Operator = op;
        model.AuthenticationStrength = grant.AuthenticationStrengthId is { } strength ? new AuthenticationStrengthPolicy { Id = strength } : null;
        return model;
    }
}
