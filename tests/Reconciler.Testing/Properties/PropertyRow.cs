using System.Text.Json.Nodes;

namespace Reconciler.Testing.Properties;

/// <summary>
/// One property of one Graph type, as Graph's JSON names it. A modelled row says, layer by layer, whether the value is
/// carried; a leaf that every layer between stack and tenant carries names a <see cref="Sample"/>: a value that is not
/// Graph's default, which the lossless round trip sets and expects back.
/// </summary>
public sealed record PropertyRow(string Name, Classification Classification, string? Reason, IReadOnlyDictionary<Layer, LayerSupport> Layers, string? Sample)
{
    /// <summary>The layers a value has to pass to go from one tenant through export and apply into another.</summary>
    public static IReadOnlyList<Layer> RoundTripLayers { get; } =
        [Layer.StackKey, Layer.Normaliser, Layer.GraphRead, Layer.GraphWrite, Layer.Export, Layer.EmulatorStore];

    public LayerSupport this[Layer layer] => Layers.TryGetValue(layer, out var support) ? support : LayerSupport.Yes;

    /// <summary>Modelled, and carried by every layer of <see cref="RoundTripLayers"/>.</summary>
    public bool RoundTrips => Classification == Classification.Modelled && RoundTripLayers.All(l => this[l].Carries);

    public JsonNode? SampleValue => Sample is null ? null : JsonNode.Parse(Sample);
}
