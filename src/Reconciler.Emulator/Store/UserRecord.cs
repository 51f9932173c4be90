using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Store;

internal enum UserState
{
    Active,
    SoftDeleted,
    Purged,
}

/// <summary>
/// A user plus the bookkeeping Graph hides: its slot in creation order (page tokens point at slots, so
/// paging is O(page)), and a change version (delta tokens compare versions).
/// </summary>
internal sealed class UserRecord
{
    private JsonObject _data = [];

    public required int Slot { get; init; }
    public required string Id { get; init; }

    /// <summary>The user as Graph JSON; the keys every query touches are kept beside it as plain strings.</summary>
    public required JsonObject Data
    {
        get => _data;
        set
        {
            _data = value;
            Upn = Text(value, "userPrincipalName");
            Mail = Text(value, "mail");
            UserType = Text(value, "userType");
        }
    }

    public long Version { get; set; }
    public UserState State { get; set; }

    public string? Upn { get; private set; }
    public string? Mail { get; private set; }
    public string? UserType { get; private set; }

    private static string? Text(JsonObject data, string name) => data[name]?.GetValue<string>();
}
