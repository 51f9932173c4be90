using System.Text.RegularExpressions;

namespace Reconciler.Emulator.Query;

/// <summary>
/// Recognises the lookup filter shapes <c>mail eq 'a' or userPrincipalName eq 'b' ...</c> and
/// <c>mail in ('a','b') or userPrincipalName in ('a','b')</c>, and returns their values, so the store can answer from
/// its index instead of scanning every user.
/// </summary>
internal static partial class LookupFilter
{
    public static IReadOnlyList<string>? Values(string filter)
    {
        var values = new List<string>();
        foreach (var clause in filter.Split(" or ", StringSplitOptions.TrimEntries))
        {
            if (Equality().Match(clause) is { Success: true } equality)
            {
                values.Add(Unquote(equality.Groups["value"].Value));
            }
            else if (In().Match(clause) is { Success: true } list)
            {
                values.AddRange(Quoted().Matches(list.Groups["values"].Value).Select(m => Unquote(m.Groups["value"].Value)));
            }
            else
            {
                return null;
            }
        }
        return values;
    }

    /// <summary>The value of a filter that is exactly <c>userType eq '...'</c>, or null.</summary>
    public static string? UserType(string filter) =>
        UserTypeEquality().Match(filter.Trim()) is { Success: true } match ? Unquote(match.Groups["value"].Value) : null;

    private static string Unquote(string value) => value.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:mail|userPrincipalName)\s+eq\s+'(?<value>(?:[^']|'')*)'$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Equality();

    [GeneratedRegex(@"^(?:mail|userPrincipalName)\s+in\s+\((?<values>\s*'(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*\s*)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex In();

    [GeneratedRegex(@"^userType\s+eq\s+'(?<value>(?:[^']|'')*)'$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UserTypeEquality();

    [GeneratedRegex(@"'(?<value>(?:[^']|'')*)'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
