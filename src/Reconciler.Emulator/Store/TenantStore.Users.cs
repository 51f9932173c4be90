using System.Text.Json.Nodes;
using Reconciler.Emulator.Model;
using Reconciler.Emulator.Store;

namespace Reconciler.Emulator;

public sealed partial class TenantStore
{
    // Creation order, tombstones kept: a page token is a slot number, so it stays valid while users come and go.
    private readonly List<UserRecord> _users = [];
    private readonly Dictionary<string, UserRecord> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserRecord> _byUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserRecord> _byMail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UserRecord> _slotById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<UserRecord>> _allByMail = new(StringComparer.OrdinalIgnoreCase);
    private long _version;

    internal IReadOnlyList<UserRecord> UserSlots => _users;
    internal long CurrentVersion => _version;

    /// <summary>Looks a live (or, if asked, soft-deleted) user up by object id or userPrincipalName.</summary>
    internal UserRecord? FindUser(string idOrUpn, bool softDeleted = false)
    {
        var found = _byId.TryGetValue(idOrUpn, out var byId) ? byId : _byUpn.GetValueOrDefault(idOrUpn);
        var wanted = softDeleted ? UserState.SoftDeleted : UserState.Active;
        return found?.State == wanted ? found : null;
    }

    /// <summary>Live or soft-deleted user holding this mail address (invitations must not duplicate them).</summary>
    internal UserRecord? FindByMail(string mail) => _byMail.GetValueOrDefault(mail);

    /// <summary>
    /// Every record (any state) whose mail or userPrincipalName equals one of the values, in slot order: how a
    /// lookup filter (<c>mail eq 'x' or userPrincipalName eq 'x'</c>) is served without scanning the tenant.
    /// </summary>
    internal IReadOnlyList<UserRecord> WithMailOrUpn(IEnumerable<string> values)
    {
        var found = new HashSet<UserRecord>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            found.UnionWith(_allByMail.GetValueOrDefault(value) ?? []);
            if (_byUpn.GetValueOrDefault(value) is { } byUpn)
            {
                found.Add(byUpn);
            }
        }
        return [.. found.OrderBy(r => r.Slot)];
    }

    /// <summary>Stores a new version of a user (creating it if needed). Caller holds the write lock.</summary>
    internal UserRecord CommitUser(JsonObject data, UserState state)
    {
        var entry = UserEntry(data, ++_version, state);
        _journal?.Append(entry);
        return ApplyUser(entry);
    }

    private static JsonObject UserEntry(JsonObject data, long version, UserState state) => new()
    {
        ["t"] = "user",
        ["ver"] = version,
        ["state"] = state.ToString(),
        ["data"] = data.DeepClone(),
    };

    private UserRecord ApplyUser(JsonObject entry)
    {
        var data = (JsonObject)entry["data"]!;
        var id = data["id"]!.GetValue<string>();
        var version = entry["ver"]!.GetValue<long>();
        var state = Enum.Parse<UserState>(entry["state"]!.GetValue<string>());
        _version = Math.Max(_version, version);
        if (!_slotById.TryGetValue(id, out var record))
        {
            record = new UserRecord { Slot = _users.Count, Id = id, Data = data };
            _users.Add(record);
            _slotById[id] = record;
        }
        Unindex(record);
        record.Data = data;
        record.Version = version;
        record.State = state;
        Index(record);
        return record;
    }

    private void Unindex(UserRecord record)
    {
        _byId.Remove(record.Id);
        RemoveIfSame(_byUpn, record.Upn, record);
        RemoveIfSame(_byMail, record.Mail, record);
        if (record.Mail is { } mail && _allByMail.TryGetValue(mail, out var holders))
        {
            holders.Remove(record);
        }
    }

    private void Index(UserRecord record)
    {
        if (record.State == UserState.Purged)
        {
            return;
        }
        _byId[record.Id] = record;
        if (record.Mail is { } mail)
        {
            _byMail.TryAdd(mail, record);
            if (!_allByMail.TryGetValue(mail, out var holders))
            {
                _allByMail[mail] = holders = [];
            }
            holders.Add(record);
        }
        if (record.State == UserState.Active && record.Upn is { } upn)
        {
            _byUpn[upn] = record;
        }
    }

    private static void RemoveIfSame(Dictionary<string, UserRecord> map, string? key, UserRecord record)
    {
        if (key is not null && map.TryGetValue(key, out var existing) && ReferenceEquals(existing, record))
        {
            map.Remove(key);
        }
    }

    // ---- public test/seed surface -------------------------------------------------------------

    public int UserCount => Read(() => _byUpn.Count);

    /// <summary>Live users as full Graph JSON, in creation order.</summary>
    public IReadOnlyList<JsonObject> Users() =>
        Read(() => _users.Where(u => u.State == UserState.Active).Select(u => (JsonObject)u.Data.DeepClone()).ToList());

    /// <summary>Soft-deleted users (with deletedDateTime).</summary>
    public IReadOnlyList<JsonObject> DeletedUsers() =>
        Read(() => _users.Where(u => u.State == UserState.SoftDeleted).Select(u => (JsonObject)u.Data.DeepClone()).ToList());

    public JsonObject? GetUser(string idOrUpn) => Read(() => (JsonObject?)FindUser(idOrUpn)?.Data.DeepClone());

    /// <summary>Adds a user given as Graph JSON; server-filled fields (id, createdDateTime, ...) are added when absent.</summary>
    public JsonObject AddUser(JsonObject graphUser) => Write(() =>
        (JsonObject)CommitUser(Unique(UserShape.Normalize((JsonObject)graphUser.DeepClone())), UserState.Active).Data.DeepClone());

    /// <summary>Adds many users in one lock section (fast seeding of large tenants).</summary>
    public void AddUsers(IEnumerable<JsonObject> graphUsers) => Write(() =>
    {
        foreach (var user in graphUsers)
        {
            CommitUser(Unique(UserShape.Normalize((JsonObject)user.DeepClone())), UserState.Active);
        }
        return 0;
    });

    /// <summary>
    /// userPrincipalName is unique without regard to case in Entra ID; a second user whose UPN differs only in case is
    /// refused in Graph's words (the PATCH route answers the same).
    /// </summary>
    private JsonObject Unique(JsonObject user)
    {
        if (Http.Wire.AsString(user["userPrincipalName"]) is { } upn && FindUser(upn) is { } other
            && !string.Equals(other.Id, Http.Wire.AsString(user["id"]), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(UserShape.UpnConflict, nameof(user));
        }
        return user;
    }

    /// <summary>Adds many guests as POST /invitations would, in one lock section: seeds a 100,000-guest tenant in about a second.</summary>
    public void AddGuests(IEnumerable<(string Email, string? DisplayName)> guests) => Write(() =>
    {
        foreach (var (email, displayName) in guests)
        {
            CommitUser(UserShape.NewInvitedUser(email, displayName, "Guest", InitialDomain), UserState.Active);
        }
        return 0;
    });

    /// <summary>Adds a guest exactly as POST /invitations would (PendingAcceptance).</summary>
    public JsonObject AddGuest(string email, string? displayName = null) =>
        AddUser(UserShape.NewInvitedUser(email, displayName, "Guest", InitialDomain));

    public JsonObject AddMember(string userPrincipalName, string? displayName = null) => AddUser(new JsonObject
    {
        ["userPrincipalName"] = userPrincipalName,
        ["mail"] = userPrincipalName,
        ["displayName"] = displayName ?? userPrincipalName.Split('@')[0],
        ["userType"] = "Member",
    });

}
