using Reconciler.Model.Access;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;

namespace Reconciler.Access;

/// <summary>
/// The effective inbound trust for a guest's home tenant: the partner's setting where it has one, else the
/// default's. A partner's null <c>inboundTrust</c> (or a null field inside it) inherits from the default.
/// </summary>
public sealed class CrossTenantTrust
{
    private readonly InboundTrust? defaultTrust;
    private readonly Dictionary<string, Partner> partners;

    public CrossTenantTrust(CrossTenantSettings? defaultSettings, IEnumerable<(string TenantId, CrossTenantSettings Settings)> partners)
        : this(defaultSettings, partners.Select(p => new Partner(p.TenantId, p.Settings, null)))
    {
    }

    private CrossTenantTrust(CrossTenantSettings? defaultSettings, IEnumerable<Partner> partners)
    {
        defaultTrust = defaultSettings?.InboundTrust;
        this.partners = partners.ToDictionary(p => p.TenantId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No default and no partners: nothing is trusted, as Microsoft ships the default.</summary>
    public static CrossTenantTrust None { get; } = new(null, Array.Empty<Partner>());

    /// <summary>The declared settings; partners declared <c>ensure: absent</c> are left out.</summary>
    public static CrossTenantTrust From(DesiredCrossTenantAccess? access) =>
        access is null
            ? None
            : new(access.Default, access.Partners
                .Where(p => p.Ensure == Ensure.Present)
                .Select(p => new Partner(p.TenantId, p.Settings, p.Name)));

    /// <summary>The tenant's settings as read: its default and every partner it holds.</summary>
    public static CrossTenantTrust From(LiveSnapshot live) =>
        new(live.CrossTenantDefault.Settings, live.Partners.Select(p => (p.TenantId, p.Settings)));

    public bool IsMfaAccepted(string? homeTenantId) =>
        (PartnerTrust(homeTenantId)?.IsMfaAccepted ?? defaultTrust?.IsMfaAccepted) == true;

    /// <summary>The partner's name for reports when one was declared, else null.</summary>
    public string? NameOf(string? tenantId) =>
        tenantId is not null && partners.TryGetValue(tenantId, out var partner) ? partner.Name : null;

    private InboundTrust? PartnerTrust(string? homeTenantId) =>
        homeTenantId is not null && partners.TryGetValue(homeTenantId, out var partner) ? partner.Settings.InboundTrust : null;

    private sealed record Partner(string TenantId, CrossTenantSettings Settings, string? Name);
}
