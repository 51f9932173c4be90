using Reconciler.Model.Evidence;

namespace Reconciler.Access.Evidence;

/// <summary>
/// Folds sign-ins, as a reader pages through the log, into groups of identical facts (who, which app, which client
/// and platform, the risk, whether the home tenant's token carried MFA, and the service's verdict on every policy):
/// each group is replayed once, however many sign-ins it holds, and memory grows with the groups, not the log.
/// </summary>
public sealed class SignInTally : ISignInSink
{
    private readonly Dictionary<SignInFacts, SignInGroup> _groups = [];

    /// <summary>How many sign-ins were added.</summary>
    public int Count { get; private set; }

    public IReadOnlyCollection<SignInGroup> Groups => _groups.Values;

    public IEnumerable<string> UserIds => _groups.Keys.Select(k => k.UserId).Distinct(StringComparer.OrdinalIgnoreCase);

    public void Add(RecordedSignIn signIn)
    {
        Count++;
        var facts = SignInFacts.Of(signIn);
        if (!_groups.TryGetValue(facts, out var group))
        {
            group = new SignInGroup(facts, signIn);
            _groups[facts] = group;
        }
        group.Add(signIn);
    }
}
