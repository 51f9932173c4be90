using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Planning.Normalisation;

/// <summary>
/// Finds live users by an email a person wrote, by the addresses each user answers to (see
/// <see cref="EmailAddress.AddressesOf"/>). Indexed once, so a stack of hundreds of guests does not compare every
/// email with every user.
/// </summary>
public sealed class UserDirectory
{
    private readonly IReadOnlyList<LiveUser> users;
    private readonly Dictionary<string, List<int>> byAddress = new(EmailAddress.Comparer);
    private readonly Dictionary<string, List<int>> membersByOwnAddress = new(EmailAddress.Comparer);

    public UserDirectory(IEnumerable<LiveUser> users)
    {
        this.users = users.ToList();
        for (var i = 0; i < this.users.Count; i++)
        {
            var user = this.users[i];
            foreach (var address in EmailAddress.AddressesOf(user))
            {
                Index(byAddress, address, i);
            }

            if (!user.IsGuest)
            {
                Index(membersByOwnAddress, user.Mail, i);
                Index(membersByOwnAddress, user.UserPrincipalName, i);
            }
        }
    }

    /// <summary>The users that answer to <paramref name="email"/>, in the order they were given.</summary>
    public IReadOnlyList<LiveUser> FindByEmail(string email) =>
        byAddress.TryGetValue(email, out var positions) ? positions.Select(i => users[i]).ToList() : [];

    /// <summary>
    /// The members whose own <c>mail</c> or UPN is <paramref name="email"/>. Anyone can list any address in their
    /// <c>otherMails</c>, so a member's address is never answered by a guest that claims it there.
    /// </summary>
    public IReadOnlyList<LiveUser> FindMembersByOwnAddress(string email) =>
        membersByOwnAddress.TryGetValue(email, out var positions) ? positions.Select(i => users[i]).ToList() : [];

    /// <summary>Adds a user's position once per address, keeping the order users were given.</summary>
    private static void Index(Dictionary<string, List<int>> index, string? address, int position)
    {
        if (address is null)
        {
            return;
        }

        if (!index.TryGetValue(address, out var positions))
        {
            index[address] = positions = [];
        }

        if (positions is [] || positions[^1] != position)
        {
            positions.Add(position);
        }
    }
}
