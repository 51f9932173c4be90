using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator;

/// <summary>
/// Groups and directory roles, read-only over the API and filled from the seed. Each is kept as its Graph JSON with
/// its direct member ids under <see cref="MembersKey"/>; a reverse index (member id to the groups and roles that hold
/// it) answers memberOf without a scan. Groups nest and may form cycles, as in Entra ID: transitive membership is a
/// walk that visits each group once.
/// </summary>
public sealed partial class TenantStore
{
    internal const string MembersKey = "members";

    private readonly OrderedDictionary<string, JsonObject> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrderedDictionary<string, JsonObject> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _heldBy = new(StringComparer.OrdinalIgnoreCase);

    internal IReadOnlyList<JsonObject> GroupValues => [.. _groups.Values];
    internal IReadOnlyList<JsonObject> RoleValues => [.. _roles.Values];
    internal JsonObject? FindGroup(string id) => _groups.GetValueOrDefault(id);

    /// <summary>A directory role by its object id or, as Graph also takes, its roleTemplateId.</summary>
    internal JsonObject? FindRole(string id) => _roles.GetValueOrDefault(id)
        ?? _roles.Values.FirstOrDefault(r => string.Equals(Wire.AsString(r["roleTemplateId"]), id, StringComparison.OrdinalIgnoreCase));

    internal static IReadOnlyList<string> MembersOf(JsonObject stored) =>
        (stored[MembersKey] as JsonArray)?.Select(Wire.AsString).OfType<string>().ToList() ?? [];

    /// <summary>
    /// The groups and roles that hold the object: directly, or (transitive) through the groups that hold it, in
    /// store order. Cycles end the walk at a group already seen.
    /// </summary>
    internal (IReadOnlyList<JsonObject> Groups, IReadOnlyList<JsonObject> Roles) MembershipsOf(string memberId, bool transitive)
    {
        var holders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([memberId]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var holder in _heldBy.GetValueOrDefault(current) ?? [])
            {
                if (holders.Add(holder) && transitive && _groups.ContainsKey(holder))
                {
                    pending.Enqueue(holder);
                }
            }
        }
        return ([.. _groups.Where(g => holders.Contains(g.Key)).Select(g => g.Value)],
            [.. _roles.Where(r => holders.Contains(r.Key)).Select(r => r.Value)]);
    }

    private void ApplyDirectoryObject(OrderedDictionary<string, JsonObject> map, string id, JsonObject? data)
    {
        if (map.GetValueOrDefault(id) is { } old)
        {
            foreach (var member in MembersOf(old))
            {
                _heldBy.GetValueOrDefault(member)?.Remove(id);
            }
        }
        ApplyKeyed(map, id, data);
        foreach (var member in data is null ? [] : MembersOf(data))
        {
            if (!_heldBy.TryGetValue(member, out var holders))
            {
                _heldBy[member] = holders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }
            holders.Add(id);
        }
    }

    private IEnumerable<JsonObject> DirectoryEntries() =>
        _groups.Select(g => Entry("group", g.Key, g.Value)).Concat(_roles.Select(r => Entry("role", r.Key, r.Value)));

    /// <summary>
    /// Adds groups and roles in one lock section, so members may name groups that come later in the same call. Every
    /// id must be new to the directory; members are held as Graph allows (group-post-members): a security group holds
    /// users and security groups, a Microsoft 365 group users only, a directory role users only (role-assignable
    /// groups are not emulated). Throws <see cref="InvalidSeedException"/> naming the first object at fault; nothing
    /// is stored then.
    /// </summary>
    internal void AddDirectoryObjects(IReadOnlyList<DirectoryEntry> groups, IReadOnlyList<DirectoryEntry> roles) => Write(() =>
    {
        var newGroups = groups.ToDictionary(g => g.Id, g => g.Data, StringComparer.OrdinalIgnoreCase);
        var newRoles = roles.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in groups.Concat(roles))
        {
            if (!seen.Add(entry.Id) || _slotById.ContainsKey(entry.Id) || _groups.ContainsKey(entry.Id) || _roles.ContainsKey(entry.Id))
            {
                throw InvalidSeedException.About(SeedRefusal.Malformed, entry.Place, entry.Name,
                    "was refused: Another object with the same value for property id already exists.");
            }
        }
        JsonObject? GroupOf(string id) => newGroups.GetValueOrDefault(id) ?? _groups.GetValueOrDefault(id);
        bool IsRole(string id) => newRoles.Contains(id) || _roles.ContainsKey(id);
        foreach (var group in groups)
        {
            CheckMembers(group, GroupOf, member => IsRole(member) ? "a directory role is never a member"
                : GroupOf(member) is { } nested && (IsMicrosoft365(group.Data) || IsMicrosoft365(nested))
                    ? "a Microsoft 365 group neither holds nor joins other groups"
                    : null);
        }
        foreach (var role in roles)
        {
            CheckMembers(role, GroupOf, member => IsRole(member) ? "a directory role is never a member"
                : GroupOf(member) is not null ? "only users are members of a directory role here (role-assignable groups are not emulated)"
                : null);
        }
        foreach (var (map, type, entries) in new[] { (_groups, "group", groups), (_roles, "role", roles) })
        {
            foreach (var entry in entries)
            {
                var data = (JsonObject)entry.Data.DeepClone();
                data[MembersKey] = new JsonArray([.. entry.Members.Select(m => JsonValue.Create(m))]);
                Commit(Entry(type, entry.Id, data));
            }
        }
        return 0;
    });

    private void CheckMembers(DirectoryEntry entry, Func<string, JsonObject?> groupOf, Func<string, string?> notAllowed)
    {
        foreach (var member in entry.Members)
        {
            if (notAllowed(member) is { } why)
            {
                throw InvalidSeedException.About(SeedRefusal.MemberNotAllowed, entry.Place, entry.Name,
                    $"lists member '{member}', which it cannot hold: {why}.");
            }
            if (FindUser(member) is null && groupOf(member) is null)
            {
                throw InvalidSeedException.About(SeedRefusal.MemberNotFound, entry.Place, entry.Name,
                    $"lists member '{member}', which is no user or group of the tenant or the seed.");
            }
        }
    }

    private static bool IsMicrosoft365(JsonObject group) =>
        (group["groupTypes"] as JsonArray)?.Any(t => string.Equals(Wire.AsString(t), "Unified", StringComparison.OrdinalIgnoreCase)) == true;

    // ---- public test/seed surface -------------------------------------------------------------

    /// <summary>Groups as Graph JSON (default properties), in the order they were added.</summary>
    public IReadOnlyList<JsonObject> Groups() => Read(() => _groups.Values.Select(WithoutMembers).ToList());

    public IReadOnlyList<JsonObject> DirectoryRoles() => Read(() => _roles.Values.Select(WithoutMembers).ToList());

    /// <summary>Adds a group given as seed JSON (with <c>members</c>: user or group ids); throws <see cref="InvalidSeedException"/>.</summary>
    public JsonObject AddGroup(JsonObject group)
    {
        var entry = DirectoryShapeCheck.Group(group, 0);
        AddDirectoryObjects([entry], []);
        return Read(() => WithoutMembers(_groups[entry.Id]));
    }

    /// <summary>Adds a directory role given as seed JSON (with <c>roleTemplateId</c> and user <c>members</c>).</summary>
    public JsonObject AddDirectoryRole(JsonObject role)
    {
        var entry = DirectoryShapeCheck.Role(role, 0);
        AddDirectoryObjects([], [entry]);
        return Read(() => WithoutMembers(_roles[entry.Id]));
    }

    private static JsonObject WithoutMembers(JsonObject stored)
    {
        var copy = Clone(stored);
        copy.Remove(MembersKey);
        return copy;
    }
}
