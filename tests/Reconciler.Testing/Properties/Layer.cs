namespace Reconciler.Testing.Properties;

/// <summary>The layers a property passes through between a stack file and the tenant, in the order a change travels.</summary>
public enum Layer
{
    /// <summary>The stack file's key, read and validated by the loader.</summary>
    StackKey,

    /// <summary>The comparison of declared and live values (drift and plan).</summary>
    Normaliser,

    /// <summary>Graph's answer read into the model.</summary>
    GraphRead,

    /// <summary>The model written to Graph (create and update).</summary>
    GraphWrite,

    /// <summary><c>reconciler export</c> writing the live value into a stack.</summary>
    Export,

    /// <summary>The local tenant storing and answering the value.</summary>
    EmulatorStore,

    /// <summary>The Pulumi program's inputs (azuread's resources and the cross-tenant provider).</summary>
    PulumiMapping,
}
