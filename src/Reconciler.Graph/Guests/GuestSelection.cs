using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// What a snapshot keeps of the guests it sees: every one a requested email matches, and a bounded sample of the
/// rest; the others are only counted, so memory follows the stack and not the tenant.
/// </summary>
internal sealed class GuestSelection(EmailMatcher matcher, int sample) : IGuestVisitor
{
    private readonly Dictionary<string, LiveUser> _kept = [];
    private readonly HashSet<string> _found = [];
    private int _unmanaged;

    public EmailMatcher Matcher => matcher;

    public int Count { get; private set; }

    public IReadOnlyCollection<LiveUser> Kept => _kept.Values;

    public IEnumerable<string> Missing => matcher.Emails.Where(e => !_found.Contains(e));

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
        _found.UnionWith(matches);
        return matches.Count > 0 || _unmanaged++ < sample;
    }

    public void Visit(LiveUser guest) => _kept.TryAdd(guest.Id, guest);

    /// <summary>A user found another way (a member named by a policy, a guest looked up by email).</summary>
    public void Add(LiveUser user) => _kept.TryAdd(user.Id, user);
}
