namespace Reconciler.Testing.Properties;

/// <summary>How far a layer carries a property: all of it, part of it (said how), not at all (said why), or not its business.</summary>
public enum Verdict
{
    Yes,
    Partly,
    No,
    NotApplicable,
}

/// <summary>A layer's verdict on one property; every verdict but <see cref="Verdict.Yes"/> says why.</summary>
public sealed record LayerSupport(Verdict Verdict, string? Reason = null)
{
    public static LayerSupport Yes { get; } = new(Verdict.Yes);

    /// <summary>The layer carries the value, so a change made in it survives.</summary>
    public bool Carries => Verdict is Verdict.Yes or Verdict.Partly;
}
