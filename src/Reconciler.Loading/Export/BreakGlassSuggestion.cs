using Reconciler.Model.Live;

namespace Reconciler.Loading.Export;

/// <summary>
/// The members every enabled policy excludes are, in practice, the break-glass (emergency access) accounts. The export
/// proposes them as <c>breakGlassAccounts</c> in a comment: only a person knows whether they are, and once declared
/// the lockout gates (B2B2010, B2B2011) protect them, so a wrong guess would silently bless a lockout.
/// </summary>
internal static class BreakGlassSuggestion
{
    public static string Comment(LiveSnapshot live, IReadOnlyList<LivePolicy> exported, UserReferenceNames names, string ns)
    {
        var enabled = exported.Where(p => string.Equals(p.Body.State, "enabled", StringComparison.OrdinalIgnoreCase)).ToList();
        if (enabled.Count == 0)
        {
            return "";
        }

        var members = live.Users.Where(u => !u.IsGuest).Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var excludedByAll = enabled
            .Select(p => (IEnumerable<string>)(p.Body.Conditions?.Users?.ExcludeUsers ?? []))
            .Aggregate((a, b) => a.Intersect(b, StringComparer.OrdinalIgnoreCase))
            .Where(members.Contains)
            .ToList();
        var accounts = names.Name(excludedByAll)!.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (accounts.Count == 0)
        {
            return "";
        }

        return "# Suggested: every enabled policy excludes these members, as break-glass (emergency access) accounts usually are.\n"
            + "# If they are yours, uncomment the lines below: apply then refuses any policy that would lock them out.\n"
            + $"#   {ns}:breakGlassAccounts:\n"
            + string.Concat(accounts.Select(a => $"#     - {a}\n"));
    }
}
