using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Model;

/// <summary>Validates input against a <see cref="Shape"/> and produces the normalised wire form.</summary>
internal static class ShapeNormalizer
{
    /// <summary>Returns the normalised object, or null with <paramref name="error"/> describing the first problem.</summary>
    public static JsonObject? Normalize(ObjectOf shape, JsonObject input, out string? error)
    {
        error = null;
        var result = NormalizeObject(shape, input, shape.Name, ref error);
        return error is null ? result : null;
    }

    /// <summary>Paths (e.g. <c>conditions.times</c>) of the beta-only names present in the input, whatever their value.</summary>
    public static IReadOnlyList<string> BetaOnlyPaths(ObjectOf shape, JsonObject input)
    {
        var found = new List<string>();
        Collect(shape, input, "", found);
        return found;
    }

    private static void Collect(ObjectOf shape, JsonObject input, string prefix, List<string> found)
    {
        foreach (var (name, value) in input)
        {
            switch (shape.Find(name))
            {
                case BetaOnly:
                    found.Add(prefix + name);
                    break;
                case ObjectOf child when value is JsonObject o:
                    Collect(child, o, $"{prefix}{name}.", found);
                    break;
                default:
                    break;
            }
        }
    }

    private static JsonObject? NormalizeObject(ObjectOf shape, JsonObject input, string path, ref string? error)
    {
        foreach (var (name, _) in input)
        {
            // Property names are case-sensitive in Graph; annotations such as @odata.type are ignored.
            if (!name.StartsWith('@') && !name.Contains("@odata.", StringComparison.Ordinal) && shape.Find(name) is null)
            {
                error ??= $"Invalid property '{name}' on {path}.";
                return null;
            }
        }
        var result = new JsonObject();
        foreach (var (name, propShape) in shape.Properties)
        {
            input.TryGetPropertyValue(name, out var value);
            if (propShape is BetaOnly)
            {
                if (!IsEmpty(value))
                {
                    error ??= $"Invalid property '{name}' on {path}: it is in Graph beta only, not in v1.0.";
                    return null;
                }
                continue;
            }
            if (propShape.ReadOnly)
            {
                continue;
            }
            if (value is null)
            {
                if (!input.ContainsKey(name) && propShape.OmitWhenUnset)
                {
                    continue;
                }
                result[name] = propShape is ListOf ? new JsonArray() : null;
                continue;
            }
            result[name] = NormalizeValue(propShape, value, $"{path}.{name}", ref error);
            if (error is not null)
            {
                return null;
            }
        }
        return result;
    }

    private static JsonNode? NormalizeValue(Shape shape, JsonNode value, string path, ref string? error)
    {
        switch (shape)
        {
            case ObjectOf obj when value is JsonObject o:
                return NormalizeObject(obj, o, path, ref error);
            case AnyObject when value is JsonObject o:
                return o.DeepClone();
            case ListOf list when value is JsonArray a:
                var items = new JsonArray();
                foreach (var item in a)
                {
                    if (item is null)
                    {
                        error ??= $"Null element in {path}.";
                        return null;
                    }
                    items.Add(NormalizeValue(list.Item, item, path, ref error));
                }
                return items;
            case EnumOf e when value is JsonValue v && v.TryGetValue<string>(out var s):
                var match = e.Values.FirstOrDefault(x => string.Equals(x, s, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    error ??= $"Invalid value '{s}' for {path}.";
                }
                return match;
            case FlagsOf f when value is JsonValue v && v.TryGetValue<string>(out var s):
                return NormalizeFlags(f, s, path, ref error);
            case Scalar scalar when value is JsonValue v && KindMatches(scalar.Kind, v.GetValueKind()):
                return v.DeepClone();
            default:
                error ??= $"Value of {path} has the wrong type.";
                return null;
        }
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray a => a.Count == 0,
        JsonObject o => o.All(p => p.Key.StartsWith('@') || IsEmpty(p.Value)),
        _ => false,
    };

    private static string? NormalizeFlags(FlagsOf flags, string text, string path, ref string? error)
    {
        var tokens = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var canonical = new List<string>();
        foreach (var token in tokens)
        {
            var match = flags.Values.FirstOrDefault(x => string.Equals(x, token, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                error ??= $"Invalid value '{token}' for {path}.";
                return null;
            }
            canonical.Add(match);
        }
        // Graph echoes flags in declaration order.
        return string.Join(",", flags.Values.Where(canonical.Contains));
    }

    private static bool KindMatches(JsonValueKind expected, JsonValueKind actual) => expected switch
    {
        JsonValueKind.True => actual is JsonValueKind.True or JsonValueKind.False,
        _ => expected == actual,
    };
}
