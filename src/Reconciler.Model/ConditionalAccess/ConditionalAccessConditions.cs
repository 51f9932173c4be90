namespace Reconciler.Model.ConditionalAccess;

public sealed record ConditionalAccessConditions
{
    public ConditionalAccessApplications? Applications { get; init; }

    public ConditionalAccessUsers? Users { get; init; }

    public ConditionalAccessClientApplications? ClientApplications { get; init; }

    public IReadOnlyList<string>? ClientAppTypes { get; init; }

    public ConditionalAccessPlatforms? Platforms { get; init; }

    public ConditionalAccessLocations? Locations { get; init; }

    public ConditionalAccessDevices? Devices { get; init; }

    public IReadOnlyList<string>? SignInRiskLevels { get; init; }

    public IReadOnlyList<string>? UserRiskLevels { get; init; }

    public IReadOnlyList<string>? ServicePrincipalRiskLevels { get; init; }

    /// <summary>A flags enum on the wire (<c>"minor,moderate"</c>).</summary>
    public IReadOnlyList<string>? InsiderRiskLevels { get; init; }

    public ConditionalAccessAuthenticationFlows? AuthenticationFlows { get; init; }
}

public sealed record ConditionalAccessApplications
{
    /// <summary>App ids, or the tokens <c>All</c>, <c>None</c>, <c>Office365</c>, <c>MicrosoftAdminPortals</c>.</summary>
    public IReadOnlyList<string>? IncludeApplications { get; init; }

    public IReadOnlyList<string>? ExcludeApplications { get; init; }

    public IReadOnlyList<string>? IncludeUserActions { get; init; }

    public IReadOnlyList<string>? IncludeAuthenticationContextClassReferences { get; init; }

    public ConditionalAccessFilter? ApplicationFilter { get; init; }
}

public sealed record ConditionalAccessUsers
{
    /// <summary>
    /// User object ids, the tokens <c>All</c>, <c>None</c>, <c>GuestsOrExternalUsers</c>, or (declared only) emails
    /// that are resolved to object ids through the live tenant before comparing or writing.
    /// </summary>
    public IReadOnlyList<string>? IncludeUsers { get; init; }

    public IReadOnlyList<string>? ExcludeUsers { get; init; }

    public IReadOnlyList<string>? IncludeGroups { get; init; }

    public IReadOnlyList<string>? ExcludeGroups { get; init; }

    public IReadOnlyList<string>? IncludeRoles { get; init; }

    public IReadOnlyList<string>? ExcludeRoles { get; init; }

    public ConditionalAccessGuestsOrExternalUsers? IncludeGuestsOrExternalUsers { get; init; }

    public ConditionalAccessGuestsOrExternalUsers? ExcludeGuestsOrExternalUsers { get; init; }
}

public sealed record ConditionalAccessGuestsOrExternalUsers
{
    /// <summary>A flags enum on the wire: internalGuest, b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider.</summary>
    public IReadOnlyList<string>? GuestOrExternalUserTypes { get; init; }

    public ConditionalAccessExternalTenants? ExternalTenants { get; init; }
}

/// <summary><c>membershipKind: all</c>, or <c>enumerated</c> with <see cref="Members"/> (tenant ids).</summary>
public sealed record ConditionalAccessExternalTenants
{
    public string? MembershipKind { get; init; }

    public IReadOnlyList<string>? Members { get; init; }
}

public sealed record ConditionalAccessClientApplications
{
    public IReadOnlyList<string>? IncludeServicePrincipals { get; init; }

    public IReadOnlyList<string>? ExcludeServicePrincipals { get; init; }

    public ConditionalAccessFilter? ServicePrincipalFilter { get; init; }
}

public sealed record ConditionalAccessPlatforms
{
    public IReadOnlyList<string>? IncludePlatforms { get; init; }

    public IReadOnlyList<string>? ExcludePlatforms { get; init; }
}

public sealed record ConditionalAccessLocations
{
    /// <summary>Named-location ids, or <c>All</c>, <c>AllTrusted</c>.</summary>
    public IReadOnlyList<string>? IncludeLocations { get; init; }

    public IReadOnlyList<string>? ExcludeLocations { get; init; }
}

public sealed record ConditionalAccessDevices
{
    public ConditionalAccessFilter? DeviceFilter { get; init; }
}

/// <summary>A rule filter: <c>mode</c> is <c>include</c> or <c>exclude</c>.</summary>
public sealed record ConditionalAccessFilter
{
    public string? Mode { get; init; }

    public string? Rule { get; init; }
}

public sealed record ConditionalAccessAuthenticationFlows
{
    /// <summary>A flags enum on the wire: none, deviceCodeFlow, authenticationTransfer.</summary>
    public IReadOnlyList<string>? TransferMethods { get; init; }
}
