using System.Text.RegularExpressions;

namespace Reconciler.Emulator.Query;

/// <summary>Recognises the lookup filter shape <c>mail eq 'a' or userPrincipalName eq 'b' ...</c> and returns its values.</summary>
internal static partial class LookupFilter
{
    public static IReadOnlyList<string>? Values(string filter)
    {
        var values = new List<string>();
        foreach (var clause in filter.Split(" or ", StringSplitOptions.TrimEntries))
        {
            var match = Equality().Match(clause);
            if (!match.Success)
            {
                return null;
            }
            values.Add(match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal));
        }
        return values;
    }

    [GeneratedRegex(@"^(?:mail|userPrincipalName)\s+eq\s+'(?<value>(?:[^']|'')*)'$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Equality();
}
