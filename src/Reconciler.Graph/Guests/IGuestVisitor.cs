using Reconciler.Model.Live;

namespace Reconciler.Graph.Guests;

/// <summary>
/// Receives the guests of a listing. Each guest is first offered as the requested emails it answers to, found on the
/// raw page; only a guest the visitor wants is built, so a 100,000-guest listing builds a few hundred.
/// </summary>
internal interface IGuestVisitor
{
    /// <summary>The emails to look for; an empty matcher finds nothing and costs nothing.</summary>
    EmailMatcher Matcher { get; }

    bool Wants(IReadOnlyList<string> matches);

    void Visit(LiveUser guest);
}

/// <summary>Wants every guest, e.g. to fill a cache.</summary>
internal sealed class EveryGuest(Action<LiveUser> visit) : IGuestVisitor
{
    public EmailMatcher Matcher { get; } = new([]);

    public bool Wants(IReadOnlyList<string> matches) => true;

    public void Visit(LiveUser guest) => visit(guest);
}
