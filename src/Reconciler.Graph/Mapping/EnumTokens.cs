using System.Reflection;
using System.Runtime.Serialization;

namespace Reconciler.Graph.Mapping;

/// <summary>
/// Converts SDK enums to and from Graph's wire tokens (their <c>EnumMember</c> names), including flags enums,
/// which Graph sends as one comma-separated string and Core holds as a list of tokens.
/// </summary>
internal static class EnumTokens
{
    public static string Token<T>(T value)
        where T : struct, Enum =>
        Named<T>.Tokens.TryGetValue(value, out var token) ? token : Lookup(value);

    public static IReadOnlySet<string> Known<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(Token).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string? Token<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? Token(v) : null;

    private static string Lookup<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? value.ToString();

    /// <summary>The tokens of an enum's named members, looked up by reflection once per enum rather than once per value read.</summary>
    private static class Named<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Tokens = Enum.GetValues<T>().Distinct().ToDictionary(v => v, Lookup);

        /// <summary>Token to value, matched exactly (ordinal), as the SDK matches <c>EnumMember</c> names.</summary>
        public static readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> ByToken = Tokens
            .DistinctBy(t => t.Value)
            .ToDictionary(t => t.Value, t => t.Key, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly bool IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false);
    }

    /// <summary>
    /// The value the SDK's JSON reader makes of a wire string, so JSON read without the SDK agrees with it. A token matches its
    /// member exactly; anything else goes to <see cref="Enum.TryParse{TEnum}(ReadOnlySpan{char}, bool, out TEnum)"/>, which
    /// accepts member names in any case, numbers (even undefined ones) and surrounding spaces. A flags value ORs its
    /// comma-separated parts, dropping those it cannot read (none read is zero, not null). Empty is null.
    /// </summary>
    public static T? Read<T>(string? wire)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(wire))
        {
            return null;
        }
        if (!Named<T>.IsFlags)
        {
            return Named<T>.ByToken.TryGetValue(wire, out var value) || Enum.TryParse(wire, ignoreCase: true, out value) ? value : null;
        }
        var bits = 0;
        foreach (var range in wire.AsSpan().Split(','))
        {
            var part = wire.AsSpan(range);
            if (Named<T>.ByToken.TryGetValue(part, out var value) || Enum.TryParse(part, ignoreCase: true, out value))
            {
                bits |= Convert.ToInt32(value);
            }
        }
        return (T)Enum.ToObject(typeof(T), bits);
    }

    /// <summary>Unknown tokens (SDK elements that parsed to null) are left out here and reported by <see cref="UnknownValueScan"/>.</summary>
    public static IReadOnlyList<string>? Tokens<T>(IEnumerable<T?>? values)
        where T : struct, Enum =>
        values?.OfType<T>().Select(Token).ToList();

    public static IReadOnlyList<string>? FlagTokens<T>(T? flags)
        where T : struct, Enum =>
        flags is { } f
            ? Enum.GetValues<T>().Where(v => Convert.ToInt64(v) != 0 && f.HasFlag(v)).Select(Token).ToList()
            : null;

    public static T Parse<T>(string token, string property)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Token(value), token, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new UnmappableValueException(property, token);
    }

    public static T? ParseOrNull<T>(string? token, string property)
        where T : struct, Enum =>
        token is null ? null : Parse<T>(token, property);

    public static List<T?>? ParseList<T>(IEnumerable<string>? tokens, string property)
        where T : struct, Enum =>
        tokens?.Select(t => (T?)Parse<T>(t, property)).ToList();

    public static T? ParseFlags<T>(IEnumerable<string>? tokens, string property)
        where T : struct, Enum =>
        tokens is null
            ? null
            : (T)Enum.ToObject(typeof(T), tokens.Aggregate(0L, (bits, t) => bits | Convert.ToInt64(Parse<T>(t, property))));
}

/// <summary>A declared value the SDK has no member for, so it cannot be sent.</summary>
internal sealed class UnmappableValueException(string property, string value)
    : Exception($"{property} = '{value}' is not a value Microsoft Graph accepts.")
{
    public string Property { get; } = property;

    public string Value { get; } = value;
}
