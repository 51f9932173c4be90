using System.CommandLine;

namespace Reconciler.Cli.Hosting;

/// <summary>
/// An option whose value is one of an enum's members, written as the docs write them (<c>text</c>, <c>declared</c>),
/// accepted in any case, listed that way in help and completion, and refused with the accepted values named.
/// </summary>
internal static class EnumOption
{
    /// <summary>
    /// The default is said in the description rather than through a default-value factory, because help would print
    /// the member's .NET name (<c>[default: Full]</c>); an absent option reads as <c>default(T)</c> or <paramref name="fallback"/>.
    /// </summary>
    public static Option<T> Create<T>(string name, string description, T fallback, params string[] aliases)
        where T : struct, Enum
    {
        var tokens = Tokens<T>();
        var option = new Option<T>(name, aliases)
        {
            Description = $"{description} Default: {Token(fallback)}.",
            HelpName = string.Join('|', tokens),
        };
        option.CustomParser = result =>
        {
            var typed = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (TryParse<T>(typed, out var value))
            {
                return value;
            }

            result.AddError($"'{typed}' is not a valid value for {name}: use {string.Join(", ", tokens)}.");
            return fallback;
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(tokens);
        return option;
    }

    public static string[] Tokens<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Token)];

    public static bool TryParse<T>(string? typed, out T value)
        where T : struct, Enum
    {
        value = default;
        return typed is not null && Enum.GetNames<T>().Any(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase))
            && Enum.TryParse(typed, ignoreCase: true, out value);
    }

    /// <summary>The member as docs and Graph write it: camelCase.</summary>
    public static string Token<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
