using System.Text.Json.Nodes;
using Reconciler.Core.Tests.Support;

namespace Reconciler.Core.Tests.Schema;

/// <summary>One mapping of a sample stack file, with the keys the schema allows there.</summary>
internal sealed record SampleObject(string Path, JsonObject Value, IReadOnlySet<string> SchemaKeys);

/// <summary>
/// docs/schema/stack.schema.json, and a stack file built from it that holds every key the schema lists, each
/// with a value of the schema's type (the first enum value, a GUID where a pattern asks for one, one array item).
/// JSON is YAML, so the sample is handed to the loader as it is.
/// </summary>
internal static class SchemaSample
{
    private const string Guid = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    public static JsonObject Schema { get; } =
        JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Stacks.RepositoryRoot(), "docs", "schema", "stack.schema.json")))!.AsObject();

    public static JsonObject Build() => (JsonObject)ValueFor(Schema);

    /// <summary>Every mapping in <paramref name="sample"/> that the schema describes, outermost first.</summary>
    public static IEnumerable<SampleObject> Objects(JsonObject sample, JsonObject schema, string path = "")
    {
        var properties = schema["properties"]?.AsObject() ?? [];
        yield return new SampleObject(path, sample, properties.Select(p => p.Key).ToHashSet());
        foreach (var (key, child) in properties)
        {
            var childSchema = Resolve(child!.AsObject());
            var (value, valueSchema) = (string?)childSchema["type"] == "array"
                ? (sample[key]?[0], Resolve(childSchema["items"]!.AsObject()))
                : (sample[key], childSchema);
            if (value is JsonObject obj && valueSchema["properties"] is not null)
            {
                foreach (var inner in Objects(obj, valueSchema, $"{path}/{key}"))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode ValueFor(JsonObject schema)
    {
        schema = Resolve(schema);
        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        return (string?)schema["type"] switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ValueFor(p.Value!.AsObject())))),
            "array" => new JsonArray(ValueFor(schema["items"]!.AsObject())),
            "boolean" => JsonValue.Create(true),
            "integer" or "number" => JsonValue.Create(1),
            _ => JsonValue.Create(SampleString(schema)),
        };
    }

    private static string SampleString(JsonObject schema) => (string?)schema["format"] switch
    {
        "email" => "alex@fabrikam.example",
        "uri" => "https://myapps.microsoft.com",
        _ when schema["pattern"] is not null => Guid,
        _ => "sample",
    };

    /// <summary>A value that may take several shapes is sampled in its first.</summary>
    private static JsonObject Resolve(JsonObject schema) => schema["oneOf"] is JsonArray shapes ? shapes[0]!.AsObject() : schema;
}
