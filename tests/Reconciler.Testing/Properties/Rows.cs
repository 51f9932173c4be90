namespace Reconciler.Testing.Properties;

/// <summary>Short ways to write rows: a modelled row is carried by every layer unless an exception says otherwise.</summary>
public static class Rows
{
    public static PropertyRow Modelled(string name, string? sample = null, params (Layer Layer, LayerSupport Support)[] exceptions) =>
        new(name, Classification.Modelled, null, exceptions.ToDictionary(e => e.Layer, e => e.Support), sample);

    public static PropertyRow ServerOwned(string name, string reason) =>
        new(name, Classification.ServerOwned, reason, new Dictionary<Layer, LayerSupport>(), null);

    public static PropertyRow NotSupported(string name, string reason) =>
        new(name, Classification.NotSupported, reason, new Dictionary<Layer, LayerSupport>(), null);

    public static PropertyRow NotInV1Model(string name, string reason) =>
        new(name, Classification.NotInV1Model, reason, new Dictionary<Layer, LayerSupport>(), null);

    /// <summary>Carried whole, with a word on how (under another name, say).</summary>
    public static (Layer, LayerSupport) Yes(Layer layer, string note) => (layer, new LayerSupport(Verdict.Yes, note));

    public static (Layer, LayerSupport) No(Layer layer, string reason) => (layer, new LayerSupport(Verdict.No, reason));

    public static (Layer, LayerSupport) Partly(Layer layer, string reason) => (layer, new LayerSupport(Verdict.Partly, reason));

    public static (Layer, LayerSupport) NotApplicable(Layer layer, string reason) => (layer, new LayerSupport(Verdict.NotApplicable, reason));
}
