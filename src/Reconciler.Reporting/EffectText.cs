using Reconciler.Planning.Effects;

namespace Reconciler.Reporting;

/// <summary>How renderers word an <see cref="Effect"/>; neutral changes say nothing.</summary>
public static class EffectText
{
    public static string Of(Effect effect) => effect switch
    {
        Effect.Weakens => "weakens guest access",
        Effect.Strengthens => "strengthens guest access",
        _ => "",
    };

    /// <summary>The warning reports lead with, or nothing when no item weakens guest access.</summary>
    public static string Caution(int weakening, string noun) =>
        weakening == 0 ? "" : $"{weakening} {noun}{(weakening == 1 ? "" : "s")} {(weakening == 1 ? "weakens" : "weaken")} guest access (listed first).";
}
