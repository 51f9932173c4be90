namespace Reconciler.Model.CrossTenant;

/// <summary>
/// Graph's <c>crossTenantAccessPolicyTenantRestrictions</c>: a B2B setting (users and groups, applications) plus a
/// device filter, which Microsoft documents as not yet enforced by the service but stores and returns.
/// </summary>
public sealed record TenantRestrictions
{
    public TargetConfiguration? UsersAndGroups { get; init; }

    public TargetConfiguration? Applications { get; init; }

    public DeviceRule? Devices { get; init; }
}

/// <summary>A device rule; <c>mode</c> is <c>allowed</c> or <c>blocked</c> (Graph reuses the access type here).</summary>
public sealed record DeviceRule
{
    public string? Mode { get; init; }

    public string? Rule { get; init; }
}
