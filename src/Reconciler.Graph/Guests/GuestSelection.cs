using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// What a snapshot keeps of the guests it sees: every one a requested email matches, and a bounded sample of the
/// rest; the others are only counted, so memory follows the stack and not the tenant.
/// </summary>
internal sealed class GuestSelection(EmailMatcher matcher, int sample) : IGuestVisitor
{
    private readonly Dictionary<string, LiveUser> _kept = [];
    private int _unmanaged;

    public EmailMatcher Matcher => matcher;

    public int Count { get; private set; }

    public IReadOnlyCollection<LiveUser> Kept => _kept.Values;

    /// <summary>
    /// The requested emails no kept user holds as its own mail or UPN, to be looked up among all users. That takes in
    /// an email a guest only lists in otherMails: anyone can list any address there, and the member whose own address
    /// it is (a break-glass account) must not be hidden behind the guest.
    /// </summary>
    public IEnumerable<string> Missing
    {
        get
        {
            var own = _kept.Values.SelectMany(u => new[] { u.Mail, u.UserPrincipalName }).OfType<string>().ToHashSet(EmailAddress.Comparer);
            return matcher.Emails.Where(e => !own.Contains(e));
        }
    }

    /// <summary>A guest already built (from a cache).</summary>
    public void Offer(LiveUser guest)
    {
        if (Wants(matcher.Matches(guest)))
        {
            Visit(guest);
        }
    }

    public bool Wants(IReadOnlyList<string> matches)
    {
        Count++;
        return matches.Count > 0 || _unmanaged++ < sample;
    }

    public void Visit(LiveUser guest) => _kept.TryAdd(guest.Id, guest);

    /// <summary>An empty selection over the same emails and sample size.</summary>
    public GuestSelection Empty() => new(matcher, sample);

    /// <summary>
    /// Takes in what another selection over the same emails kept and counted (one partition of a listing), as if it
    /// had seen those guests itself: the sample stays bounded.
    /// </summary>
    public void Absorb(GuestSelection part)
    {
        foreach (var guest in part.Kept)
        {
            Offer(guest);
        }

        Count += part.Count - part.Kept.Count;
    }

    /// <summary>A user found another way (a member named by a policy, a guest looked up by email).</summary>
    public void Add(LiveUser user) => _kept.TryAdd(user.Id, user);
}
