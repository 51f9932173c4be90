using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// Reads Graph's JSON by the rules the SDK's (Kiota's) parse nodes apply, so a mapping straight from JSON holds exactly what
/// a mapping from the SDK models would, without building them. Property names match exactly; of repeated properties the last
/// non-null one counts (Kiota skips nulls and lets later values overwrite). A value of the wrong JSON type reads as null, a
/// list of the wrong type as empty, an object of the wrong type as an object with nothing set. An enum that is not a string
/// throws <see cref="InvalidOperationException"/>, as it does in the SDK.
/// </summary>
internal static class SdkJson
{
    public static bool TryGet(JsonElement parent, string name, out JsonElement value)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value))
        {
            value = default;
            return false;
        }
        return value.ValueKind != JsonValueKind.Null || TryGetLastNonNull(parent, name, out value);
    }

    /// <summary>The last occurrence was null (Graph writes nulls freely), so an earlier one may still hold the value.</summary>
    private static bool TryGetLastNonNull(JsonElement parent, string name, out JsonElement value)
    {
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(name.Length)];
        utf8 = utf8[..Encoding.UTF8.GetBytes(name, utf8)];
        value = default;
        foreach (var property in parent.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null && property.NameEquals(utf8))
            {
                value = property.Value;
            }
        }
        return value.ValueKind != JsonValueKind.Undefined;
    }

    public static T? Object<T>(JsonElement parent, string name, Func<JsonElement, T> map)
        where T : class =>
        TryGet(parent, name, out var value) ? map(value) : null;

    /// <summary>Every element becomes an item, as the SDK makes an empty model of an element that is not an object.</summary>
    public static IReadOnlyList<T>? Objects<T>(JsonElement parent, string name, Func<JsonElement, T> map) =>
        TryGet(parent, name, out var value) ? Elements(value).Select(map).ToList() : null;

    /// <summary>The type an SDK factory picks by: the last <c>@odata.type</c>, even a null one (factories do not skip nulls).</summary>
    public static string? ODataType(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@odata.type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    public static string? String(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static bool? Bool(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>A number that is not an int throws, as the SDK's deserializer does.</summary>
    public static int? Int(JsonElement parent, string name) =>
        TryGet(parent, name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt32(out var number) ? number : throw new JsonException($"{name} is not an int.")
            : null;

    /// <summary>ISO 8601 first; failing that, the invariant culture's looser reading; failing both, null.</summary>
    public static DateTimeOffset? Date(JsonElement parent, string name) =>
        !TryGet(parent, name, out var value) || value.ValueKind != JsonValueKind.String ? null
        : value.TryGetDateTimeOffset(out var date) ? date
        : DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out date) ? date
        : null;

    /// <summary>The strings of a list; elements of other types are left out.</summary>
    public static IReadOnlyList<string>? Strings(JsonElement parent, string name)
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }
        var strings = new List<string>(value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0);
        foreach (var element in Elements(value))
        {
            if (element.ValueKind == JsonValueKind.String)
            {
                strings.Add(element.GetString()!);
            }
        }
        return strings;
    }

    /// <summary>The token of the SDK's value; null when the SDK does not know the value (reported by <see cref="UnknownValueScan"/>).</summary>
    public static string? Enum<T>(JsonElement parent, string name)
        where T : struct, Enum =>
        TryGet(parent, name, out var value) ? EnumTokens.Token(EnumTokens.Read<T>(value.GetString())) : null;

    /// <summary>The tokens of the elements the SDK knows; null and unknown elements are left out.</summary>
    public static IReadOnlyList<string>? Enums<T>(JsonElement parent, string name)
        where T : struct, Enum
    {
        if (!TryGet(parent, name, out var value))
        {
            return null;
        }
        var tokens = new List<string>(value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0);
        foreach (var element in Elements(value))
        {
            if (EnumTokens.Read<T>(element.GetString()) is { } known)
            {
                tokens.Add(EnumTokens.Token(known));
            }
        }
        return tokens;
    }

    /// <summary>A flags enum's comma-separated tokens, as the SDK reads them into one value and <see cref="EnumTokens.FlagTokens"/> lists it.</summary>
    public static IReadOnlyList<string>? Flags<T>(JsonElement parent, string name)
        where T : struct, Enum =>
        TryGet(parent, name, out var value) ? KnownFlags<T>.Tokens(value.GetString()) : null;

    private static JsonElement.ArrayEnumerator Elements(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default;

    /// <summary>
    /// Flags values come in a handful of spellings per tenant (every guest policy says the same six user types), and
    /// turning one into tokens takes reflection: each spelling is worked out once. The lists are never changed.
    /// </summary>
    private static class KnownFlags<T>
        where T : struct, Enum
    {
        private const int Limit = 1024;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>?> BySpelling = new(StringComparer.Ordinal);

        public static IReadOnlyList<string>? Tokens(string? wire)
        {
            if (wire is null)
            {
                return null;
            }
            if (BySpelling.TryGetValue(wire, out var known))
            {
                return known;
            }
            var tokens = EnumTokens.FlagTokens(EnumTokens.Read<T>(wire));
            if (BySpelling.Count < Limit)
            {
                BySpelling.TryAdd(wire, tokens);
            }
            return tokens;
        }
    }
}
