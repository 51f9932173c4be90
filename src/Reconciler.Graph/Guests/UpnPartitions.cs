namespace Reconciler.Graph.Guests;

/// <summary>
/// Disjoint ranges of <c>userPrincipalName</c> that together hold every possible one, as <c>$filter</c> clauses: the
/// first is below the first bound, each next from one bound up to (not including) the next, the last from the last
/// bound up. Graph filters userPrincipalName with <c>ge</c> but not <c>lt</c>, so "below" is <c>not(... ge ...)</c>:
/// each value is on one side of each bound whatever order Graph compares in, which is what makes the ranges cover
/// every value exactly once. <c>not</c> is an advanced query (<c>ConsistencyLevel: eventual</c> and <c>$count=true</c>).
/// </summary>
/// <remarks>
/// The bounds split the letters English names start with into eight parts of roughly even size; a UPN starting with
/// a digit or a symbol falls in the first or the last, a capital where the lower-case letter does if Graph ignores case.
/// </remarks>
internal static class UpnPartitions
{
    private static readonly string[] Bounds = ["c", "f", "j", "m", "p", "s", "v"];

    /// <summary>Each range's clause, in order of its bounds.</summary>
    public static IReadOnlyList<string> Clauses { get; } =
    [
        $"not(userPrincipalName ge '{Bounds[0]}')",
        .. Bounds.Zip(Bounds.Skip(1)).Select(b => $"userPrincipalName ge '{b.First}' and not(userPrincipalName ge '{b.Second}')"),
        $"userPrincipalName ge '{Bounds[^1]}'",
    ];
}
