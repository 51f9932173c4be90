using Reconciler.Core.Identity;
using Reconciler.Core.Live;

namespace Reconciler.Core.Normalisation;

/// <summary>
/// Finds live users by an email a person wrote, by the addresses each user answers to (see
/// <see cref="EmailAddress.AddressesOf"/>). Indexed once, so a stack of hundreds of guests does not compare every
/// email with every user.
/// </summary>
public sealed class UserDirectory
{
    private readonly IReadOnlyList<LiveUser> users;
    private readonly Dictionary<string, List<int>> byAddress = new(EmailAddress.Comparer);

    public UserDirectory(IEnumerable<LiveUser> users)
    {
        this.users = users.ToList();
        for (var i = 0; i < this.users.Count; i++)
        {
            foreach (var address in EmailAddress.AddressesOf(this.users[i]))
            {
                if (!byAddress.TryGetValue(address, out var positions))
                {
                    byAddress[address] = positions = [];
                }
                if (positions is [] || positions[^1] != i)
                {
                    positions.Add(i);
                }
            }
        }
    }

    /// <summary>The users that answer to <paramref name="email"/>, in the order they were given.</summary>
    public IReadOnlyList<LiveUser> FindByEmail(string email) =>
        byAddress.TryGetValue(email, out var positions) ? positions.Select(i => users[i]).ToList() : [];
}
