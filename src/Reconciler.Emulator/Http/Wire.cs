using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Http;

/// <summary>Small helpers for Graph's wire conventions.</summary>
internal static class Wire
{
    public const string JsonContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public static string Now() => Timestamp(DateTimeOffset.UtcNow);

    /// <summary>Now to the tick, as Graph stamps Conditional Access policies (so two creates in one second still order).</summary>
    public static string PreciseNow() => DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Builds an object whose first member is @odata.context, as Graph orders it.</summary>
    public static JsonObject WithContext(string context, JsonObject body)
    {
        var result = new JsonObject { ["@odata.context"] = context };
        foreach (var (key, value) in body)
        {
            result[key] = value?.DeepClone();
        }
        return result;
    }

    public static JsonObject Collection(string context, IEnumerable<JsonNode> items) => new()
    {
        ["@odata.context"] = context,
        ["value"] = new JsonArray(items.ToArray()),
    };

    public static string? AsString(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
