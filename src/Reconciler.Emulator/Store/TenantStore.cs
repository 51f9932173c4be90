using System.Text.Json.Nodes;

namespace Reconciler.Emulator;

/// <summary>
/// The tenant's state. Every change is an "entry" (a whole-object upsert) that is applied in memory and,
/// when persistent, appended to the journal; replaying entries rebuilds the same state. Guarded by a
/// reader/writer lock: handlers run entirely inside one read or write section, so each request is atomic.
/// Public members return Graph JSON snapshots (clones) that callers may keep and mutate.
/// </summary>
public sealed partial class TenantStore : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);
    private Store.Journal? _journal;

    internal TenantStore(string tenantId, string tenantDisplayName, string initialDomain)
    {
        TenantId = tenantId;
        TenantDisplayName = tenantDisplayName;
        InitialDomain = initialDomain;
        _default = Model.CrossTenantShape.ServiceDefault();
        _root = Model.CrossTenantShape.Root();
    }

    public string TenantId { get; }
    public string TenantDisplayName { get; private set; }
    public string InitialDomain { get; }

    /// <summary>True when nothing was ever stored (no users, groups, roles, policies, partners, default change).</summary>
    public bool IsEmpty => Read(() => _users.Count == 0 && _groups.Count == 0 && _roles.Count == 0 && _policies.Count == 0 && _partners.Count == 0 && _default["isServiceDefault"]?.GetValue<bool>() != false);

    internal T Read<T>(Func<T> action)
    {
        _lock.EnterReadLock();
        try { return action(); }
        finally { _lock.ExitReadLock(); }
    }

    internal T Write<T>(Func<T> action)
    {
        _lock.EnterWriteLock();
        try { return action(); }
        finally { _lock.ExitWriteLock(); }
    }

    internal void AttachJournal(Store.Journal journal, IEnumerable<JsonObject> replay)
    {
        Write(() =>
        {
            foreach (var entry in replay)
            {
                Apply(entry);
            }
            _journal = journal;
            return 0;
        });
    }

    /// <summary>Writes a compact snapshot (temp + rename) and empties the journal.</summary>
    internal void Compact() => Write(() =>
    {
        _journal?.WriteSnapshot(AllEntries().ToList());
        return 0;
    });

    public void Dispose()
    {
        _journal?.Dispose();
        _journal = null;
        _lock.Dispose();
    }

    /// <summary>Applies a change in memory and makes it durable. Callers hold the write lock.</summary>
    private void Commit(JsonObject entry)
    {
        Apply(entry);
        _journal?.Append(entry);
    }

    private void Apply(JsonObject entry)
    {
        var data = entry["data"] as JsonObject;
        var key = entry["id"]?.GetValue<string>();
        switch (entry["t"]?.GetValue<string>())
        {
            case "user": _ = ApplyUser(entry); break;
            case "policy": ApplyKeyed(_policies, key!, data); break;
            case "group": ApplyDirectoryObject(_groups, key!, data); break;
            case "role": ApplyDirectoryObject(_roles, key!, data); break;
            case "partner": ApplyKeyed(_partners, key!, data); break;
            case "tenantInfo": ApplyKeyed(_tenantInformation, key!, data); break;
            case "default": _default = data!; break;
            case "root": _root = data!; break;
            case "signIn": ApplySignIn(data); break;
            case "signInSettings": ApplySignInSettings(data); break;
            case "org": TenantDisplayName = data?["displayName"]?.GetValue<string>() ?? TenantDisplayName; break;
            default: break;
        }
    }

    private static void ApplyKeyed(OrderedDictionary<string, JsonObject> map, string key, JsonObject? data)
    {
        if (data is null)
        {
            map.Remove(key);
        }
        else
        {
            map[key] = data;
        }
    }

    private IEnumerable<JsonObject> AllEntries()
    {
        yield return Entry("org", null, new JsonObject { ["displayName"] = TenantDisplayName });
        foreach (var user in _users.Where(u => u.State != Store.UserState.Purged))
        {
            yield return UserEntry(user.Data, user.Version, user.State);
        }
        foreach (var entry in DirectoryEntries())
        {
            yield return entry;
        }
        foreach (var (id, policy) in _policies)
        {
            yield return Entry("policy", id, policy);
        }
        foreach (var (tid, partner) in _partners)
        {
            yield return Entry("partner", tid, partner);
        }
        foreach (var (tid, info) in _tenantInformation)
        {
            yield return Entry("tenantInfo", tid, info);
        }
        yield return Entry("default", null, _default);
        yield return Entry("root", null, _root);
        foreach (var entry in SignInEntries())
        {
            yield return entry;
        }
    }

    private static JsonObject Entry(string type, string? id, JsonObject? data) => new()
    {
        ["t"] = type,
        ["id"] = id,
        ["data"] = data?.DeepClone(),
    };
}

public sealed partial class TenantStore
{
    internal void SetDisplayName(string displayName) => Write(() =>
    {
        Commit(Entry("org", null, new JsonObject { ["displayName"] = displayName }));
        return 0;
    });
}
