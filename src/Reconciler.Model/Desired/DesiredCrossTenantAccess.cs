using Reconciler.Model.CrossTenant;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Model.Desired;

public sealed record DesiredCrossTenantAccess
{
    /// <summary>The declared blocks of the tenant-wide default; null when the default is not managed.</summary>
    public CrossTenantSettings? Default { get; init; }

    public SourceLocation? DefaultSource { get; init; }

    /// <summary>The default's <c>ignoreChanges</c>: paths of the default that another team manages.</summary>
    public IReadOnlyList<string> DefaultIgnoreChanges { get; init; } = [];

    public IReadOnlyList<DesiredPartner> Partners { get; init; } = [];
}

/// <summary>A partner configuration, keyed by the partner's tenant id.</summary>
public sealed record DesiredPartner
{
    public required string TenantId { get; init; }

    /// <summary>A name for reports; never sent to Graph.</summary>
    public string? Name { get; init; }

    public CrossTenantSettings Settings { get; init; } = new();

    public Ensure Ensure { get; init; } = Ensure.Present;

    /// <summary>
    /// Paths another team manages (<c>ignoreChanges</c>, Pulumi's name): drift and plan do not compare them or anything
    /// under them, and an update leaves their live value. Validated against <see cref="IgnorablePaths"/>.
    /// </summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    public SourceLocation? Source { get; init; }
}
