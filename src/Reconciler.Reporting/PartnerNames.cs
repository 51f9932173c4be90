using Reconciler.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;

namespace Reconciler.Reporting;

/// <summary>
/// What a report calls a home tenant: the name the stack declares for the partner, else the name the tenant looked
/// up for its id, else the id itself. The sign-in impact table and the access-path diagram name tenants alike.
/// </summary>
public sealed class PartnerNames(DesiredState desired, LiveSnapshot live)
{
    /// <summary>The declared inbound trust, whose partners carry the names the stack gives them.</summary>
    private readonly CrossTenantTrust _declared = CrossTenantTrust.From(desired.CrossTenantAccess);

    public string Of(string tenantId) =>
        _declared.NameOf(tenantId) ?? (live.TenantNames.TryGetValue(tenantId.ToLowerInvariant(), out var looked) ? looked : tenantId);
}
