namespace Reconciler.Testing.Properties;

public enum Classification
{
    /// <summary>Carried by the layers the row names; the rest say why not.</summary>
    Modelled,

    /// <summary>Set by the service (ids, timestamps, expansions): read at most, never declared or written.</summary>
    ServerOwned,

    /// <summary>Graph has it and Reconciler does not manage it, for the reason the row gives.</summary>
    NotSupported,

    /// <summary>Not in the SDK's v1.0 model (beta-only, or seen in Graph's answers only): named so a person pasting it learns what happens to it.</summary>
    NotInV1Model,
}
