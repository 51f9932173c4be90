using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>What a policy reads after a patch: each property the patch sets (or clears) replaces the old one whole.</summary>
public static class PolicyPatchApplier
{
    public static ConditionalAccessPolicyBody Apply(ConditionalAccessPolicyBody body, PolicyPatch patch) => body with
    {
        DisplayName = patch.DisplayName ?? body.DisplayName,
        State = patch.State ?? body.State,
        Conditions = patch.Conditions ?? body.Conditions,
        GrantControls = patch.ClearsGrantControls ? null : patch.GrantControls ?? body.GrantControls,
        SessionControls = patch.ClearsSessionControls ? null : patch.SessionControls ?? body.SessionControls,
    };
}
