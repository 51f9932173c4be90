using Azure.Identity;

namespace Reconciler.Graph.Connection;

/// <summary>Which sign-in authority and token scope belong to a Graph host (global, US Government, China).</summary>
internal static class NationalCloud
{
    public static Uri AuthorityFor(Uri graph) => graph.Host switch
    {
        "graph.microsoft.us" or "dod-graph.microsoft.us" => AzureAuthorityHosts.AzureGovernment,
        "microsoftgraph.chinacloudapi.cn" => AzureAuthorityHosts.AzureChina,
        _ => AzureAuthorityHosts.AzurePublicCloud,
    };

    public static string ScopeFor(Uri graph) => $"{graph.Scheme}://{graph.Host}/.default";
}
