using Microsoft.Graph;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Live;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.CrossTenant;

/// <summary>Reads the cross-tenant access default and every partner configuration.</summary>
internal sealed class CrossTenantReader(GraphServiceClient graph, GraphCaller caller)
{
    private Microsoft.Graph.Policies.CrossTenantAccessPolicy.CrossTenantAccessPolicyRequestBuilder Policy => graph.Policies.CrossTenantAccessPolicy;

    private static readonly string[] CrossTenantBlocks =
    [
        "inboundTrust", "b2bCollaborationInbound", "b2bCollaborationOutbound", "b2bDirectConnectInbound", "b2bDirectConnectOutbound", "automaticUserConsentSettings",
    ];

    public async Task<(LiveCrossTenantDefault Default, IReadOnlyList<Diagnostic> Warnings)> ReadDefaultAsync(CancellationToken cancellationToken)
    {
        var raw = new RawBody();
        var configuration = await caller.RunAsync(ct => Policy.Default.GetAsync(raw.Attach, ct), cancellationToken);
        using var document = raw.Parse();
        WireShape.RequireObjects(document, CrossTenantBlocks);
        var warnings = document is null ? [] : UnknownValueScan.CrossTenant(document.RootElement, "cross-tenant default").ToList();
        return (configuration is null ? new LiveCrossTenantDefault() : CrossTenantFromGraph.Map(configuration), warnings);
    }

    public async Task<(IReadOnlyList<LivePartner> Partners, IReadOnlyList<Diagnostic> Warnings)> ReadPartnersAsync(CancellationToken cancellationToken)
    {
        var partners = new List<LivePartner>();
        var warnings = new List<Diagnostic>();
        string? nextLink = null;
        do
        {
            var raw = new RawBody();
            var link = nextLink;
            var page = await caller.RunAsync(ct => link is null
                ? Policy.Partners.GetAsync(raw.Attach, ct)
                : Policy.Partners.WithUrl(link).GetAsync(raw.Attach, ct), cancellationToken);
            partners.AddRange(page?.Value?.Select(CrossTenantFromGraph.Map) ?? []);
            using (var document = raw.Parse())
            {
                WireShape.RequireCollection(document);
                if (document is not null && document.RootElement.TryGetProperty("value", out var value))
                {
                    warnings.AddRange(value.EnumerateArray().SelectMany(p =>
                        UnknownValueScan.CrossTenant(p, $"partner {(p.TryGetProperty("tenantId", out var t) ? t.ToString() : "?")}")));
                }
            }
            nextLink = page?.OdataNextLink;
        }
        while (nextLink is not null);
        return (partners, warnings);
    }

    /// <summary>Whether a partner exists, for a create whose answer was lost: 404 means no.</summary>
    public async Task<string?> FindAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            var partner = await caller.RunAsync(ct => Policy.Partners[tenantId].GetAsync(cancellationToken: ct), cancellationToken);
            return partner?.TenantId ?? tenantId;
        }
        catch (GraphCallException e) when (e.Failure.Status == 404)
        {
            return null;
        }
    }
}
