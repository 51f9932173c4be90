namespace Reconciler.Model.CrossTenant;

/// <summary>
/// The blocks shared by the cross-tenant access default and a partner configuration, in Graph's shape.
/// On a declared object a null block is not managed; on a live partner a null block inherits from the default.
/// </summary>
public sealed record CrossTenantSettings
{
    public InboundTrust? InboundTrust { get; init; }

    public B2BSetting? B2bCollaborationInbound { get; init; }

    public B2BSetting? B2bCollaborationOutbound { get; init; }

    public B2BSetting? B2bDirectConnectInbound { get; init; }

    public B2BSetting? B2bDirectConnectOutbound { get; init; }

    public AutomaticUserConsentSettings? AutomaticUserConsentSettings { get; init; }

    /// <summary>Partners only: the partner is a service provider (CSP/GDAP).</summary>
    public bool? IsServiceProvider { get; init; }
}

public sealed record InboundTrust
{
    public bool? IsMfaAccepted { get; init; }

    public bool? IsCompliantDeviceAccepted { get; init; }

    public bool? IsHybridAzureADJoinedDeviceAccepted { get; init; }
}

public sealed record B2BSetting
{
    public TargetConfiguration? UsersAndGroups { get; init; }

    public TargetConfiguration? Applications { get; init; }
}

public sealed record TargetConfiguration
{
    /// <summary><c>allowed</c> or <c>blocked</c>.</summary>
    public string? AccessType { get; init; }

    public IReadOnlyList<AccessTarget>? Targets { get; init; }
}

/// <summary>A user, group or application id, or <c>AllUsers</c>, <c>AllApplications</c>, <c>Office365</c>; type user, group or application.</summary>
public sealed record AccessTarget(string Target, string TargetType);

public sealed record AutomaticUserConsentSettings
{
    public bool? InboundAllowed { get; init; }

    public bool? OutboundAllowed { get; init; }
}
