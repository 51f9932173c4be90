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
    public required int Slot { get; init; }
    public required string Id { get; init; }
    public required JsonObject Data { get; set; }
    public long Version { get; set; }
    public UserState State { get; set; }

    public string? Upn => Data["userPrincipalName"]?.GetValue<string>();
    public string? Mail => Data["mail"]?.GetValue<string>();
    public string? UserType => Data["userType"]?.GetValue<string>();
}
