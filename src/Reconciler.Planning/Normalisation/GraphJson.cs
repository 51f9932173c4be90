using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Model records as Graph-shaped JSON trees. Comparing and overlaying trees keeps the rules in one place
/// instead of one hand-written comparison per property, and the paths come out in Graph's own names.
/// </summary>
public static class GraphJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject? ToTree<T>(T? value)
        where T : class =>
        value is null ? null : JsonSerializer.SerializeToNode(value, Options)?.AsObject();

    public static T? FromTree<T>(JsonNode? tree)
        where T : class =>
        tree?.Deserialize<T>(Options);

    /// <summary>A short rendering for reports: scalars bare, lists and objects as compact JSON, nothing as <c>null</c>.</summary>
    public static string Render(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(Options),
    };
}
