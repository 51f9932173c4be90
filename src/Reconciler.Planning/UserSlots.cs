using Reconciler.Model.Live;

namespace Reconciler.Planning;

/// <summary>
/// A list of users found by object id (ignoring case) in constant time: a removed user leaves an empty slot, so the
/// others keep their places and their order.
/// </summary>
internal sealed class UserSlots
{
    private readonly List<LiveUser?> _slots = [];
    private readonly Dictionary<string, List<int>> _byId = new(StringComparer.OrdinalIgnoreCase);

    public UserSlots(IEnumerable<LiveUser> users)
    {
        foreach (var user in users)
        {
            Add(user);
        }
    }

    public void Add(LiveUser user)
    {
        if (!_byId.TryGetValue(user.Id, out var slots))
        {
            _byId[user.Id] = slots = [];
        }

        slots.Add(_slots.Count);
        _slots.Add(user);
    }

    /// <summary>Changes every user with this id where it stands.</summary>
    public void Replace(string id, Func<LiveUser, LiveUser> change)
    {
        foreach (var slot in _byId.GetValueOrDefault(id) ?? [])
        {
            _slots[slot] = change(_slots[slot]!);
        }
    }

    /// <summary>Takes out every user with this id, in list order.</summary>
    public List<LiveUser> Remove(string id)
    {
        if (!_byId.Remove(id, out var slots))
        {
            return [];
        }

        var removed = slots.Select(slot => _slots[slot]!).ToList();
        foreach (var slot in slots)
        {
            _slots[slot] = null;
        }

        return removed;
    }

    public List<LiveUser> ToList() => _slots.OfType<LiveUser>().ToList();
}
