using Reconciler.Model.Planning;

namespace Reconciler.Planning.Effects;

/// <summary>What a change does to guest access. Reports lead with <see cref="Weakens"/>.</summary>
public enum Effect
{
    Neutral,
    Strengthens,
    Weakens,
}
