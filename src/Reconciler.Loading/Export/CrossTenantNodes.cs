using Reconciler.Model.Live;

namespace Reconciler.Loading.Export;

internal static class CrossTenantNodes
{
    /// <summary>
    /// The default is exported only when someone changed it: a tenant still on Microsoft's service defaults
    /// has nothing to declare. Partners are exported with the blocks they carry (null blocks inherit).
    /// </summary>
    public static Dictionary<string, object?>? CrossTenantAccess(LiveSnapshot live, IReadOnlyList<LivePartner> partnersToWrite)
    {
        var node = new Dictionary<string, object?>();
        if (!live.CrossTenantDefault.IsServiceDefault)
        {
            var settings = live.CrossTenantDefault.Settings with { AutomaticUserConsentSettings = null, IsServiceProvider = null };
            PolicyNodes.AddIfPresent(node, "default", ShapeNodes.ToNode(settings));
        }

        var partners = partnersToWrite.Select(p => Partner(p, live.TenantNames)).ToList();
        if (partners.Count > 0)
        {
            node["partners"] = partners;
        }

        return node.Count == 0 ? null : node;
    }

    private static Dictionary<string, object?> Partner(LivePartner partner, IReadOnlyDictionary<string, string> names)
    {
        var node = new Dictionary<string, object?> { ["tenantId"] = partner.TenantId };
        if (names.TryGetValue(partner.TenantId.ToLowerInvariant(), out var name))
        {
            node["name"] = name;
        }

        foreach (var (key, value) in ShapeNodes.ToNode(partner.Settings) ?? [])
        {
            node[key] = value;
        }

        return node;
    }
}
