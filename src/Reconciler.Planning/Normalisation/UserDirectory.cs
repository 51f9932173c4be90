using Reconciler.Core.Live;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Finds live users by an email a person wrote: <c>mail</c>, any of <c>otherMails</c>, the UPN, or for a guest the
/// <c>#EXT#</c> UPN Graph builds from the invited address (<c>alice_fabrikam.example#EXT#@contoso.onmicrosoft.com</c>).
/// Indexed once, so a stack of hundreds of guests does not compare every email with every user.
/// </summary>
public sealed class UserDirectory
{
    private const string ExternalMarker = "#EXT#@";

    private readonly IReadOnlyList<LiveUser> users;
    private readonly Dictionary<string, List<int>> byAddress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> byExternalPrefix = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> membersByOwnAddress = new(StringComparer.OrdinalIgnoreCase);

    public UserDirectory(IEnumerable<LiveUser> users)
    {
        this.users = users.ToList();
        for (var i = 0; i < this.users.Count; i++)
        {
            var user = this.users[i];
            foreach (var address in (string?[])[user.Mail, user.UserPrincipalName, .. user.OtherMails])
            {
                Index(byAddress, address, i);
            }
            if (!user.IsGuest)
            {
                Index(membersByOwnAddress, user.Mail, i);
                Index(membersByOwnAddress, user.UserPrincipalName, i);
            }
            var marker = user.UserPrincipalName?.IndexOf(ExternalMarker, StringComparison.OrdinalIgnoreCase) ?? -1;
            if (marker >= 0)
            {
                Index(byExternalPrefix, user.UserPrincipalName![..marker], i);
            }
        }
    }

    /// <summary>The users that answer to <paramref name="email"/>, in the order they were given.</summary>
    public IReadOnlyList<LiveUser> FindByEmail(string email) =>
        Positions(byAddress, email).Concat(Positions(byExternalPrefix, email.Replace('@', '_')))
            .Distinct().Order().Select(i => users[i]).ToList();

    /// <summary>
    /// The members whose own <c>mail</c> or UPN is <paramref name="email"/>. Anyone can list any address in their
    /// <c>otherMails</c>, so a member's address is never answered by a guest that claims it there.
    /// </summary>
    public IReadOnlyList<LiveUser> FindMembersByOwnAddress(string email) =>
        Positions(membersByOwnAddress, email).Distinct().Order().Select(i => users[i]).ToList();

    /// <summary>The part of a guest's UPN before the tenant's domain: the <c>@</c> becomes <c>_</c>, then <c>#EXT#@</c>.</summary>
    public static string ExternalUpnPrefix(string email) => $"{email.Replace('@', '_')}{ExternalMarker}";

    private static void Index(Dictionary<string, List<int>> index, string? key, int position)
    {
        if (key is null)
        {
            return;
        }
        if (!index.TryGetValue(key, out var positions))
        {
            index[key] = positions = [];
        }
        positions.Add(position);
    }

    private static IEnumerable<int> Positions(Dictionary<string, List<int>> index, string key) =>
        index.TryGetValue(key, out var positions) ? positions : [];
}
