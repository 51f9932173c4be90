using Reconciler.Model.Access;

namespace Reconciler.Access.Conditions;

/// <summary>Three-valued matching: a condition can match, not match, or be undecidable from what we know.</summary>
internal enum Match
{
    No,
    Yes,
    Unknown,
}

internal static class Matching
{
    public static Match From(bool matches) => matches ? Match.Yes : Match.No;

    /// <summary>Any entry matching is a match; otherwise one undecidable entry makes the whole undecidable.</summary>
    public static Match AnyOf(IEnumerable<Match> matches)
    {
        var undecided = false;
        foreach (var match in matches)
        {
            if (match == Match.Yes)
            {
                return Match.Yes;
            }

            undecided |= match == Match.Unknown;
        }

        return undecided ? Match.Unknown : Match.No;
    }

    /// <summary>Exclusions beat inclusions: excluded means out whatever the inclusion says.</summary>
    public static Match Scope(Match included, Match excluded) => (included, excluded) switch
    {
        (Match.No, _) or (_, Match.Yes) => Match.No,
        (Match.Yes, Match.No) => Match.Yes,
        _ => Match.Unknown,
    };

    public static bool ContainsToken(this IReadOnlyList<string>? values, string token) =>
        values?.Contains(token, StringComparer.OrdinalIgnoreCase) == true;

    public static bool IsNullOrEmpty(this IReadOnlyList<string>? values) => values is null || values.Count == 0;

    /// <summary>The reason to report for a condition's match: null when it matches.</summary>
    public static string? ReasonFor(Match match, string whenNo, string whenUnknown) => match switch
    {
        Match.Yes => null,
        Match.No => whenNo,
        _ => whenUnknown,
    };
}
