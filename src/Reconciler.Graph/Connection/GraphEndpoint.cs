using Azure.Identity;

namespace Reconciler.Graph.Connection;

/// <summary>
/// Where Graph may be, and what a token for it is. A token's scope and the authority that issues it come from this
/// fixed table, never from the URL's host: a stack that names another host cannot make the pipeline's credential
/// mint a token for that host.
/// </summary>
public sealed record GraphEndpoint(string Cloud, Uri Origin, string Scope, Uri Authority, bool IsLoopback)
{
    /// <summary>Microsoft Graph's global service and its national clouds (US Government L4 and L5 (DoD), China).</summary>
    public static IReadOnlyList<GraphEndpoint> Clouds { get; } =
    [
        Listed("global", "graph.microsoft.com", AzureAuthorityHosts.AzurePublicCloud),
        Listed("US Government", "graph.microsoft.us", AzureAuthorityHosts.AzureGovernment),
        Listed("US Government (DoD)", "dod-graph.microsoft.us", AzureAuthorityHosts.AzureGovernment),
        Listed("China (21Vianet)", "microsoftgraph.chinacloudapi.cn", AzureAuthorityHosts.AzureChina),
    ];

    /// <summary>
    /// The endpoint <paramref name="url"/> belongs to: a listed cloud (https, its default port), a loopback tenant
    /// (http or https, any port), or, only when <paramref name="allowUnlisted"/> names this very URL, an unlisted host
    /// that is given the global cloud's scope and authority. Null for anything else.
    /// </summary>
    public static GraphEndpoint? For(Uri url, string? allowUnlisted = null)
    {
        var origin = OriginOf(url);
        if (url.IsLoopback && url.Scheme is "http" or "https")
        {
            return new GraphEndpoint("local", origin, "", AzureAuthorityHosts.AzurePublicCloud, IsLoopback: true);
        }
        if (Clouds.FirstOrDefault(cloud => cloud.Origin == origin) is { } listed)
        {
            return listed;
        }
        if (allowUnlisted is not null && Uri.TryCreate(allowUnlisted.TrimEnd('/'), UriKind.Absolute, out var allowed)
            && OriginOf(allowed) == origin && url.Scheme == Uri.UriSchemeHttps)
        {
            return Clouds[0] with { Cloud = "allowed by --allow-graph-url", Origin = origin };
        }
        return null;
    }

    /// <summary>Scheme, host and port: what two URLs must share for a token or a link to cross between them.</summary>
    public static Uri OriginOf(Uri url) => new(url.GetLeftPart(UriPartial.Authority).ToLowerInvariant());

    /// <summary>Whether <paramref name="url"/> is on this endpoint's origin.</summary>
    public bool Owns(Uri url) => url.IsAbsoluteUri && OriginOf(url) == Origin;

    private static GraphEndpoint Listed(string name, string host, Uri authority) =>
        new(name, new Uri($"https://{host}"), $"https://{host}/.default", authority, IsLoopback: false);
}
