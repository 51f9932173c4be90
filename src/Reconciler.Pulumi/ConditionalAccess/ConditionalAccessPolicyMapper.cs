using Reconciler.Loading;
using Reconciler.Model.Desired;

namespace Reconciler.PulumiMapping.ConditionalAccess;

/// <summary>
/// Maps a declared policy (Graph's shape) to azuread's ConditionalAccessPolicy inputs. Where azuread is narrower than
/// Graph the mapping reports it instead of dropping the property, so both engines manage exactly what is declared.
/// </summary>
public static class ConditionalAccessPolicyMapper
{
    public static Mapped<ConditionalAccessPolicyArgsModel> Map(DesiredPolicy policy, IReadOnlySet<string> declaredGuestEmails)
    {
        var context = new PolicyMappingContext(policy, declaredGuestEmails);
        var body = policy.Body;
        // azuread always creates the policy, and a policy without a state cannot be created (see PolicyState).
        if (body.State is null)
        {
            context.Required("state");
        }

        if (body.GrantControls is null && body.SessionControls is null)
        {
            context.Required("grantControls or sessionControls");
        }

        var args = new ConditionalAccessPolicyArgsModel(
            DisplayName: body.DisplayName,
            State: body.State ?? string.Empty,
            Conditions: ConditionsMapper.Map(body.Conditions, context),
            GrantControls: GrantControlsMapper.Map(body.GrantControls, context),
            SessionControls: SessionControlsMapper.Map(body.SessionControls, context));
        return new Mapped<ConditionalAccessPolicyArgsModel>(args, context.Diagnostics);
    }
}
