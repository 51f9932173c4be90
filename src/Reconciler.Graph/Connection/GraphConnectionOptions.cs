using Azure.Core;
using Reconciler.Graph.Transport;

namespace Reconciler.Graph.Connection;

/// <summary>Everything needed to reach one tenant. The environment is passed in, never read from the process.</summary>
public sealed record GraphConnectionOptions
{
    public const string MicrosoftGraphUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>The tenant the stack is pinned to (<c>azuread:tenantId</c>).</summary>
    public required string TenantId { get; init; }

    /// <summary>Microsoft Graph, a national cloud, or a loopback URL of the local tenant (e.g. <c>http://127.0.0.1:5055/v1.0</c>).</summary>
    public string GraphUrl { get; init; } = MicrosoftGraphUrl;

    /// <summary>Bearer token for a loopback tenant. Ignored for Microsoft Graph.</summary>
    public string? DevelopmentToken { get; init; }

    /// <summary>
    /// True when the development token was issued by the local tenant itself, so its <c>tid</c> says which tenant
    /// answers, as an Entra token's does. False (the default) for a token minted on the stack's word, whose <c>tid</c>
    /// proves nothing: then <c>GET /organization</c> must confirm the tenant before anything else is sent.
    /// </summary>
    public bool DevelopmentTokenIssuedByTenant { get; init; }

    /// <summary>Looks up environment variables (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH).</summary>
    public Func<string, string?> Environment { get; init; } = _ => null;

    /// <summary>A credential chosen by the caller; wins over the environment.</summary>
    public TokenCredential? Credential { get; init; }

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>Per-request deadline, answer size cap, page cap, and how many lost answers in a row end the run.</summary>
    public TransportLimits Limits { get; init; } = TransportLimits.Default;

    /// <summary>
    /// A graph URL the caller named explicitly (<c>--allow-graph-url</c>) though it is neither a listed Microsoft Graph
    /// cloud nor loopback. It must be https; it gets the global cloud's token scope.
    /// </summary>
    public string? AllowUnlistedGraphUrl { get; init; }

    /// <summary>The innermost HTTP handler (after the origin guard); null uses a fresh socket handler that follows no redirect itself.</summary>
    public HttpMessageHandler? FinalHandler { get; init; }
}
