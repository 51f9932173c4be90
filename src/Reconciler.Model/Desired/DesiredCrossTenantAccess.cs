using Reconciler.Model.CrossTenant;
using Reconciler.Model.Diagnostics;


namespace Reconciler.Model.Desired;

public sealed record DesiredCrossTenantAccess
{
    /// <summary>The declared blocks of the tenant-wide default; null when the default is not managed.</summary>
    public CrossTenantSettings? Default { get; init; }

    public SourceLocation? DefaultSource { get; init; }

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

    public SourceLocation? Source { get; init; }
}
