using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Loading.Tree;

/// <summary>Reads JSON text (how Pulumi hands structured config to a program) into a positioned tree.</summary>
internal static class JsonTreeReader
{
    public static ConfigNode Read(string json, string origin)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = FindLineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = YamlLimits.Default.MaxDepth });
        reader.Read();
        var value = ReadValue(ref reader, origin, lineStarts);
        if (reader.Read())
        {
            throw new JsonException("Text follows the JSON value.");
        }

        return value;
    }

    private static ConfigNode ReadValue(ref Utf8JsonReader reader, string origin, LineStarts lineStarts)
    {
        var at = At(reader.TokenStartIndex, origin, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = ImmutableArray.CreateBuilder<ConfigProperty>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyAt = At(reader.TokenStartIndex, origin, lineStarts);
                    var key = reader.GetString()!;
                    if (!names.Add(key))
                    {
                        // Which of two values wins differs between JSON readers; refuse rather than guess.
                        throw new JsonException($"Property '{key}' appears twice.");
                    }

                    reader.Read();
                    properties.Add(new ConfigProperty(key, keyAt, ReadValue(ref reader, origin, lineStarts)));
                }

                return properties is [{ Key: "secure", Value: ConfigScalar }] ? new ConfigSecure(at) : new ConfigObject(at, properties.ToImmutable());
            case JsonTokenType.StartArray:
                var items = ImmutableArray.CreateBuilder<ConfigNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, origin, lineStarts));
                }

                return new ConfigArray(at, items.ToImmutable());
            case JsonTokenType.String:
                return new ConfigScalar(at, reader.GetString()!, ScalarKind.String);
            case JsonTokenType.Number:
                return new ConfigScalar(at, Encoding.UTF8.GetString(reader.ValueSpan), ScalarKind.Number);
            case JsonTokenType.True or JsonTokenType.False:
                return new ConfigScalar(at, reader.GetBoolean() ? "true" : "false", ScalarKind.Boolean);
            default:
                return new ConfigScalar(at, "", ScalarKind.Null);
        }
    }

    private static LineStarts FindLineStarts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return new LineStarts(bytes, starts);
    }

    /// <summary>Columns count characters, as in the YAML reader, not the UTF-8 bytes the JSON reader sees.</summary>
    private static SourceLocation At(long offset, string origin, LineStarts lineStarts)
    {
        var line = lineStarts.Starts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        var start = (int)lineStarts.Starts[line];
        return new SourceLocation(origin, line + 1, Encoding.UTF8.GetCharCount(lineStarts.Bytes, start, (int)offset - start) + 1);
    }

    private sealed record LineStarts(byte[] Bytes, List<long> Starts);
}
