using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;

namespace Reconciler.Model.Planning;

/// <summary>The kind of object an action or a drift finding is about. The names are the JSON report's <c>resourceType</c>.</summary>
public enum ResourceType
{
    Guest,
    ConditionalAccessPolicy,
    CrossTenantAccessDefault,
    CrossTenantAccessPartner,
}

/// <summary>The closed vocabulary of changes. Renderers map each to a symbol, a colour and an order, and switch on nothing else.</summary>
public enum ChangeKind
{
    Create,
    Update,
    Delete,
    Reset,
    Restore,
}

/// <summary>
/// One write the engine will make. Actions carry everything the tenant port needs, with email references already
/// resolved to object ids, so the port never plans. <see cref="Key"/> is the object's identity in the stack
/// (email, displayName, tenant id, or <c>default</c>).
/// </summary>
public abstract record PlannedAction(ResourceType ResourceType, ChangeKind Kind, string Key);

public sealed record InviteGuest(DesiredGuest Guest)
    : PlannedAction(ResourceType.Guest, ChangeKind.Create, Guest.Email);

/// <summary>Updates a guest in place; null properties are left alone.</summary>
public sealed record UpdateGuest(string UserId, string Email, string? DisplayName, bool? AccountEnabled, string? UserType = null)
    : PlannedAction(ResourceType.Guest, ChangeKind.Update, Email);

/// <summary>Restores a guest deleted by hand from the recycle bin: same object id, same invitation, same group memberships.</summary>
public sealed record RestoreGuest(string UserId, string Email)
    : PlannedAction(ResourceType.Guest, ChangeKind.Restore, Email);

/// <summary>Soft-deletes a guest (restorable for 30 days).</summary>
public sealed record DeleteGuest(string UserId, string Email)
    : PlannedAction(ResourceType.Guest, ChangeKind.Delete, Email);

/// <summary>Creates a policy. The body is complete and its user references are object ids.</summary>
public sealed record CreatePolicy(ConditionalAccessPolicyBody Body)
    : PlannedAction(ResourceType.ConditionalAccessPolicy, ChangeKind.Create, Body.DisplayName);

/// <summary>
/// Patches a policy. Only the changed top-level properties are set in <see cref="Patch"/>; a changed
/// <c>conditions</c>, <c>grantControls</c> or <c>sessionControls</c> is the declared one, sent whole with its unset
/// values explicit, because Graph does not document whether nested objects merge and the policy is managed whole.
/// </summary>
public sealed record UpdatePolicy(string PolicyId, string DisplayName, PolicyPatch Patch)
    : PlannedAction(ResourceType.ConditionalAccessPolicy, ChangeKind.Update, DisplayName);

public sealed record PolicyPatch
{
    public string? DisplayName { get; init; }

    public string? State { get; init; }

    public ConditionalAccessConditions? Conditions { get; init; }

    public ConditionalAccessGrantControls? GrantControls { get; init; }

    public ConditionalAccessSessionControls? SessionControls { get; init; }

    /// <summary>The tenant holds grant controls the stack does not declare: the patch sends <c>grantControls: null</c>.</summary>
    public bool ClearsGrantControls { get; init; }

    /// <summary>The tenant holds session controls the stack does not declare: the patch sends <c>sessionControls: null</c>.</summary>
    public bool ClearsSessionControls { get; init; }

    /// <summary>The declared values of the <paramref name="changed"/> top-level properties.</summary>
    public static PolicyPatch Of(ConditionalAccessPolicyBody declared, IReadOnlySet<string> changed) => new()
    {
        DisplayName = changed.Contains("displayName") ? declared.DisplayName : null,
        State = changed.Contains("state") ? declared.State : null,
        Conditions = changed.Contains("conditions") ? declared.Conditions : null,
        GrantControls = changed.Contains("grantControls") ? declared.GrantControls : null,
        SessionControls = changed.Contains("sessionControls") ? declared.SessionControls : null,
        ClearsGrantControls = changed.Contains("grantControls") && declared.GrantControls is null,
        ClearsSessionControls = changed.Contains("sessionControls") && declared.SessionControls is null,
    };
}

public sealed record DeletePolicy(string PolicyId, string DisplayName)
    : PlannedAction(ResourceType.ConditionalAccessPolicy, ChangeKind.Delete, DisplayName);

/// <summary>Patches the changed blocks of the default, each sent whole (a block the stack leaves out as Microsoft's default).</summary>
public sealed record UpdateCrossTenantDefault(CrossTenantSettings Blocks)
    : PlannedAction(ResourceType.CrossTenantAccessDefault, ChangeKind.Update, "default");

/// <summary>Resets the default to Microsoft's service defaults.</summary>
public sealed record ResetCrossTenantDefault()
    : PlannedAction(ResourceType.CrossTenantAccessDefault, ChangeKind.Reset, "default");

public sealed record CreatePartner(string TenantId, CrossTenantSettings Settings)
    : PlannedAction(ResourceType.CrossTenantAccessPartner, ChangeKind.Create, TenantId);

/// <summary>
/// Patches the changed blocks of a partner: each declared one sent whole, and each one the stack leaves out
/// (<see cref="Cleared"/>, Graph's names such as <c>inboundTrust</c>) sent as null, so the partner inherits the default again.
/// </summary>
public sealed record UpdatePartner(string TenantId, CrossTenantSettings Blocks, IReadOnlyList<string>? Cleared = null)
    : PlannedAction(ResourceType.CrossTenantAccessPartner, ChangeKind.Update, TenantId);

public sealed record DeletePartner(string TenantId)
    : PlannedAction(ResourceType.CrossTenantAccessPartner, ChangeKind.Delete, TenantId);
