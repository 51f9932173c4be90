using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;

namespace Reconciler.Model.Desired;

/// <summary>
/// The desired state of one stack: what the stack file declares, typed and validated.
/// Identity has no state file: a guest is keyed by email (case-insensitive), a policy by displayName
/// (or a pinned id), a partner by tenantId, and the cross-tenant default is a singleton.
/// Only what is declared is managed; anything else in the tenant is unmanaged and never touched.
/// </summary>
public sealed record DesiredState
{
    /// <summary>The project name from Pulumi.yaml, which is also the config namespace (e.g. <c>b2b</c>).</summary>
    public required string ProjectName { get; init; }

    /// <summary>The stack name, e.g. <c>dev</c> for Pulumi.dev.yaml.</summary>
    public required string StackName { get; init; }

    /// <summary>The resource tenant (<c>azuread:tenantId</c>); every run is pinned to it.</summary>
    public required string TenantId { get; init; }

    /// <summary>Null for Microsoft Graph, <c>local</c> for the embedded local tenant, or a URL.</summary>
    public string? GraphUrl { get; init; }

    /// <summary>Which engine owns writes to the tenant.</summary>
    public Engine Engine { get; init; } = Engine.Reconciler;

    /// <summary>
    /// Whether the stack names its engine. A stack that does not (the sample, a first try) may be written by either
    /// engine; once a team names one, the other refuses to write.
    /// </summary>
    public bool EngineDeclared { get; init; }

    /// <summary>Accounts (emails or object ids) that no policy may lock out.</summary>
    public IReadOnlyList<string> BreakGlassAccounts { get; init; } = [];

    public IReadOnlyList<DesiredGuest> Guests { get; init; } = [];

    public IReadOnlyList<DesiredPolicy> ConditionalAccessPolicies { get; init; } = [];

    /// <summary>Null when the stack declares no cross-tenant access settings at all.</summary>
    public DesiredCrossTenantAccess? CrossTenantAccess { get; init; }

    /// <summary>Unmanaged objects matching these patterns are not reported.</summary>
    public IgnoreList Ignore { get; init; } = IgnoreList.Empty;

    /// <summary>Pulumi only: keep guest users when their invitation leaves the program (RetainOnDelete).</summary>
    public bool RetainGuestsOnDelete { get; init; }

    /// <summary>What a report-only policy's failed sign-ins do to a plan that enables it: warn, or block apply.</summary>
    public PromotionRule Promotion { get; init; } = PromotionRule.Warn;
}

public enum Engine
{
    /// <summary><c>reconciler apply</c> owns writes.</summary>
    Reconciler,

    /// <summary><c>pulumi up</c> owns writes; reconciler apply and destroy refuse.</summary>
    Pulumi,
}

/// <summary><c>present</c> (the default) or <c>absent</c> (remove it from the tenant).</summary>
public enum Ensure
{
    Present,
    Absent,
}
