namespace Reconciler.Access.Evidence;

/// <summary>Adds sign-ins up into <see cref="EvidenceCounts"/>, counting each guest once.</summary>
internal sealed class CountsBuilder
{
    private readonly HashSet<string> _guests = new(StringComparer.OrdinalIgnoreCase);
    private int _signIns;
    private int _newlyMfa;
    private int _atHome;
    private int _blocked;

    public int Affected => _newlyMfa + _blocked;

    public void Add(string userId, int signIns, SignInChange change)
    {
        _guests.Add(userId);
        _signIns += signIns;
        _newlyMfa += change.NewlyMfa ? signIns : 0;
        _atHome += change.SatisfiedAtHome ? signIns : 0;
        _blocked += change.Blocked ? signIns : 0;
    }

    public EvidenceCounts Build() => new(_signIns, _guests.Count, _newlyMfa, _atHome, _blocked, _signIns - _newlyMfa - _blocked);
}
