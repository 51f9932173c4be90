using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Mapping;
using Reconciler.Graph.Transport;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;

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
        using var document = await caller.RunAsync(ct => JsonGet.DocumentAsync(graph, Policy.Default.ToGetRequestInformation(), ct), cancellationToken);
        WireShape.RequireObjects(document, CrossTenantBlocks);
        return (JsonGet.Mapped(() => CrossTenantFromJson.Default(document.RootElement)), UnknownValueScan.CrossTenant(document.RootElement, "cross-tenant default").ToList());
    }

    public async Task<(IReadOnlyList<LivePartner> Partners, IReadOnlyList<Diagnostic> Warnings)> ReadPartnersAsync(CancellationToken cancellationToken)
    {
        var partners = new List<LivePartner>();
        var warnings = new List<Diagnostic>();
        var trail = new PageTrail(caller.Limits);
        string? nextLink = null;
        do
        {
            var link = nextLink;
            using var page = await caller.RunAsync(ct => JsonGet.DocumentAsync(graph,
                link is null ? Policy.Partners.ToGetRequestInformation() : JsonGet.Link(link), ct), cancellationToken);
            (var items, nextLink) = JsonGet.Collection(page);
            nextLink = nextLink is null ? null : trail.Follow(nextLink);
            foreach (var item in items)
            {
                partners.Add(JsonGet.Mapped(() => CrossTenantFromJson.Partner(item)));
                warnings.AddRange(UnknownValueScan.CrossTenant(item, $"partner {(item.TryGetProperty("tenantId", out var t) ? t.ToString() : "?")}"));
            }
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
