using System.Text.Json.Nodes;
using Reconciler.Model.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Planning;

/// <summary>How a declared object differs from the tenant.</summary>
public enum DriftStatus
{
    /// <summary>Declared present, not in the tenant.</summary>
    Missing,

    /// <summary>In the tenant with at least one declared property that differs.</summary>
    Changed,

    /// <summary>Declared <c>ensure: absent</c> but still in the tenant.</summary>
    ShouldBeAbsent,

    /// <summary>Declared present, deleted by hand and still in the recycle bin (guests only).</summary>
    Deleted,
}

/// <summary>One declared property whose live value differs, rendered short for people (<c>[mfa]</c>, <c>enabled</c>, <c>null</c>).</summary>
/// <param name="Path">Graph's property path, e.g. <c>conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes</c>.</param>
public sealed record PropertyDifference(string Path, string Declared, string Live)
{
    /// <summary>
    /// The same two values as JSON (a list as a list, a switch as a boolean), for reports machines read; null when the
    /// difference is only words (a duplicate policy's "one policy named ..."), which then stand for themselves.
    /// </summary>
    public PropertyValues? Values { get; init; }

    /// <summary>A difference between two JSON values, rendered short for people and kept whole for machines.</summary>
    public static PropertyDifference Of(string path, JsonNode? declared, JsonNode? live) =>
        new(path, GraphJson.Render(declared), GraphJson.Render(live)) { Values = new(declared?.DeepClone(), live?.DeepClone()) };

    // Equal when a person reads the same difference: JSON nodes compare by reference, and the words say the same.
    public bool Equals(PropertyDifference? other) =>
        other is not null && Path == other.Path && Declared == other.Declared && Live == other.Live;

    public override int GetHashCode() => HashCode.Combine(Path, Declared, Live);
}

/// <summary>A property's declared and live values as JSON; a C# null is JSON's <c>null</c> (or absent).</summary>
public sealed record PropertyValues(JsonNode? Declared, JsonNode? Live);

/// <summary>One declared object that is not as declared. <see cref="Key"/> is its identity in the stack.</summary>
public sealed record ObjectDrift(
    ResourceType ResourceType,
    string Key,
    DriftStatus Status,
    IReadOnlyList<PropertyDifference> Properties);

/// <summary>A declared guest that exists, with where its invitation stands. Never drift: the guest redeems in their own time.</summary>
public sealed record GuestInvitation(string Email, string UserId, string? InvitationState);

/// <summary>A path of a declared object that drift does not compare and apply does not write.</summary>
public sealed record IgnoredPath(ResourceType ResourceType, string Key, string Path);

/// <summary>A policy in the tenant that the stack does not declare; <see cref="Reason"/> says why it weakens guest access, if it does.</summary>
public sealed record UnmanagedPolicy(string Id, string DisplayName, string? State)
{
    public Effects.Effect Effect { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A partner configuration the stack does not declare; <see cref="Reason"/> says why it weakens guest access, if it does.</summary>
public sealed record UnmanagedPartner(string TenantId)
{
    public Effects.Effect Effect { get; init; }

    public string? Reason { get; init; }
}

/// <summary>
/// What the tenant holds beyond the stack: reported, never touched. The ignore list is applied and Microsoft-managed
/// policies are left out, except where they weaken guest access. <see cref="GuestCount"/> is an estimate when the snapshot read only a sample.
/// </summary>
public sealed record UnmanagedObjects(
    int GuestCount,
    IReadOnlyList<string> GuestSample,
    IReadOnlyList<UnmanagedPolicy> Policies,
    IReadOnlyList<UnmanagedPartner> Partners)
{
    public static UnmanagedObjects None { get; } = new(0, [], [], []);

    public bool IsEmpty => GuestCount == 0 && Policies.Count == 0 && Partners.Count == 0;

    /// <summary>How many unmanaged objects weaken guest access of the declared scope (what <c>--fail-on weakening</c> counts).</summary>
    public int Weakening => Policies.Count(p => p.Effect == Effects.Effect.Weakens) + Partners.Count(p => p.Effect == Effects.Effect.Weakens);
}

/// <summary>The result of comparing a stack with its tenant, without deciding what to do about it.</summary>
public sealed record Drift(
    IReadOnlyList<ObjectDrift> Objects,
    IReadOnlyList<GuestInvitation> Guests,
    UnmanagedObjects Unmanaged)
{
    public static Drift None { get; } = new([], [], UnmanagedObjects.None);

    /// <summary>Every path the stack leaves to another team (<c>ignoreChanges</c>), in sync or not, so reports can say so.</summary>
    public IReadOnlyList<IgnoredPath> Ignored { get; init; } = [];

    /// <summary>True when every declared object is as declared. Unmanaged objects do not count as drift.</summary>
    public bool InSync => Objects.Count == 0;
}
