using Reconciler.Core.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Decides which requested emails a user answers to: its mail, one of its otherMails, its UPN, or the UPN Entra
/// gives an invited guest (<c>alex_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>). Candidates are compared as
/// spans, so a listing can ask about every guest on a page without building one string for it.
/// </summary>
internal sealed class EmailMatcher
{
    private const string ExternalMarker = "#ext#@";
    private const int StackLimit = 256;

    private readonly HashSet<string> _emails;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EmailMatcher(IEnumerable<string> emails)
    {
        _emails = emails.Select(e => e.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _lookup = _emails.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyCollection<string> Emails => _emails;

    public bool IsEmpty => _emails.Count == 0;

    public IReadOnlyList<string> Matches(LiveUser user)
    {
        var matches = new List<string>();
        Collect(user.Mail, isPrincipalName: false, matches);
        Collect(user.UserPrincipalName, isPrincipalName: true, matches);
        foreach (var other in user.OtherMails)
        {
            Collect(other, isPrincipalName: false, matches);
        }
        return matches;
    }

    /// <summary>Adds to <paramref name="matches"/> the requested emails <paramref name="candidate"/> answers to, once each.</summary>
    public void Collect(ReadOnlySpan<char> candidate, bool isPrincipalName, List<string> matches)
    {
        if (IsEmpty || candidate.IsEmpty)
        {
            return;
        }
        var lower = candidate.Length <= StackLimit ? stackalloc char[candidate.Length] : new char[candidate.Length];
        candidate.ToLowerInvariant(lower);
        Add(lower, matches);
        if (isPrincipalName)
        {
            AddExternal(lower, matches);
        }
    }

    /// <summary><c>alex_fabrikam.example#ext#@…</c> back to <c>alex@fabrikam.example</c> (the last underscore was the at sign).</summary>
    private void AddExternal(ReadOnlySpan<char> principalName, List<string> matches)
    {
        var marker = principalName.IndexOf(ExternalMarker, StringComparison.Ordinal);
        var local = marker <= 0 ? [] : principalName[..marker];
        var at = local.LastIndexOf('_');
        if (at <= 0)
        {
            return;
        }
        var email = local.Length <= StackLimit ? stackalloc char[local.Length] : new char[local.Length];
        local.CopyTo(email);
        email[at] = '@';
        Add(email, matches);
    }

    private void Add(ReadOnlySpan<char> lower, List<string> matches)
    {
        if (_lookup.TryGetValue(lower, out var email) && !matches.Contains(email))
        {
            matches.Add(email);
        }
    }
}
