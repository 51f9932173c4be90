using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Reconciler.Infra.Tests;

/// <summary>Property maps on the wire are protobuf <see cref="Struct"/>s, whose JSON form is the plain JSON object.</summary>
internal static class Structs
{
    public static Struct From(string json) => JsonParser.Default.Parse<Struct>(json);

    public static Struct From(JsonNode json) => From(json.ToJsonString());

    public static JsonObject ToJson(Struct value) => JsonNode.Parse(JsonFormatter.Default.Format(value))!.AsObject();
}
