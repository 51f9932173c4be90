using Azure.Core;

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

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The innermost HTTP handler; null uses a fresh socket handler.</summary>
    public HttpMessageHandler? FinalHandler { get; init; }
}
