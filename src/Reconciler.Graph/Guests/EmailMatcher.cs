using Reconciler.Core.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Decides which requested emails a user answers to: its mail, one of its otherMails, its UPN, or the UPN Entra
/// gives an invited guest (<c>alex_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>).
/// </summary>
internal sealed class EmailMatcher(IEnumerable<string> emails)
{
    private const string ExternalMarker = "#ext#@";

    private readonly HashSet<string> _emails = emails.Select(e => e.Trim().ToLowerInvariant()).ToHashSet();

    public IReadOnlyCollection<string> Emails => _emails;

    public IEnumerable<string> Matches(LiveUser user)
    {
        var candidates = new List<string?> { user.Mail, user.UserPrincipalName, ExternalEmail(user.UserPrincipalName) };
        candidates.AddRange(user.OtherMails);
        return candidates.OfType<string>().Select(c => c.ToLowerInvariant()).Where(_emails.Contains).Distinct();
    }

    /// <summary><c>alex_fabrikam.example#EXT#@…</c> back to <c>alex@fabrikam.example</c> (the last underscore was the at sign).</summary>
    private static string? ExternalEmail(string? userPrincipalName)
    {
        var marker = userPrincipalName?.IndexOf(ExternalMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (marker <= 0)
        {
            return null;
        }
        var local = userPrincipalName![..marker];
        var at = local.LastIndexOf('_');
        return at <= 0 ? null : $"{local[..at]}@{local[(at + 1)..]}";
    }
}
