using Reconciler.Model.Planning;

namespace Reconciler.Planning.Effects;

/// <summary>
/// The effect of a drifted object (the change someone made: declared to live) and of the write that reverts it
/// (live to declared), each as weak as its weakest property (<see cref="EffectRules"/>).
/// </summary>
public static class ChangeEffects
{
    public static Effect OfDrift(ObjectDrift drift) => drift.Status switch
    {
        // A declared policy that is gone no longer asks anyone for anything.
        DriftStatus.Missing when drift.ResourceType == ResourceType.ConditionalAccessPolicy => Effect.Weakens,
        _ => EffectRules.Worst(drift.Properties.Select(p => EffectRules.Of(p.Path, p.Declared, p.Live))),
    };

    public static Effect OfFix(ObjectDrift drift) => drift.Status switch
    {
        DriftStatus.Missing when drift.ResourceType == ResourceType.ConditionalAccessPolicy => Effect.Strengthens,
        _ => EffectRules.Worst(drift.Properties.Select(p => EffectRules.Of(p.Path, p.Live, p.Declared))),
    };
}
