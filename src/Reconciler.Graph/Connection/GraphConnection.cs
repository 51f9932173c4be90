using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Reconciler.Graph.Transport;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Graph.Connection;

/// <summary>
/// The single seam that chooses the backend: Microsoft Graph (any cloud) through Azure.Identity, or a loopback
/// tenant through a development token. Both get the same SDK middleware, minus its retry handler (see <see cref="RetryPolicy"/>).
/// </summary>
public sealed class GraphConnection
{
    private readonly Func<CancellationToken, Task<string>> _acquireToken;

    private GraphConnection(GraphServiceClient client, Func<CancellationToken, Task<string>> acquireToken, GraphConnectionOptions options, bool tokenIssuedByTenant)
    {
        Client = client;
        _acquireToken = acquireToken;
        Retry = options.Retry;
        Limits = options.Limits;
        TokenIssuedByTenant = tokenIssuedByTenant;
    }

    public GraphServiceClient Client { get; }

    public RetryPolicy Retry { get; }

    public TransportLimits Limits { get; }

    /// <summary>Shared by every call on this connection, so a dead tenant is noticed once for the whole run.</summary>
    internal TenantHealth Health => _health ??= new TenantHealth(Limits.ConsecutiveLostAnswers);

    private TenantHealth? _health;

    /// <summary>A caller under this connection's retry policy, limits and health.</summary>
    internal GraphCaller Caller() => new(Retry, Limits, Health);

    /// <summary>
    /// Whether the token's <c>tid</c> names the tenant that answers: always for Entra, which issues the token and routes
    /// Graph by it; for a development token only when the local tenant issued it.
    /// </summary>
    public bool TokenIssuedByTenant { get; }

    /// <summary>Builds the client; no request is sent yet.</summary>
    public static (GraphConnection? Connection, Diagnostic? Failure) Create(GraphConnectionOptions options)
    {
        if (!Uri.TryCreate(options.GraphUrl.TrimEnd('/'), UriKind.Absolute, out var baseUri))
        {
            return (null, TenantDiagnostics.Unreachable("connect", $"'{options.GraphUrl}' is not an absolute URL."));
        }
        if (GraphEndpoint.For(baseUri, options.AllowUnlistedGraphUrl) is not { } endpoint)
        {
            return (null, TenantDiagnostics.GraphUrlNotAllowed(options.GraphUrl));
        }
        var http = CreateHttpClient(options, endpoint);
        var baseUrl = baseUri.ToString().TrimEnd('/');
        if (endpoint.IsLoopback)
        {
            if (string.IsNullOrEmpty(options.DevelopmentToken))
            {
                return (null, TenantDiagnostics.MissingDevelopmentToken(baseUrl));
            }
            var token = options.DevelopmentToken;
            var auth = new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token, baseUri.Host));
            return (new GraphConnection(StrictClient(http, auth, baseUrl), _ => Task.FromResult(token), options, options.DevelopmentTokenIssuedByTenant), null);
        }
        var credential = options.Credential ?? CredentialFrom(options.Environment, endpoint.Authority);
        var scope = endpoint.Scope;
        var client = StrictClient(http, new AzureIdentityAuthenticationProvider(credential, [endpoint.Origin.Host], null, true, scope), baseUrl);
        return (new GraphConnection(client, ct => AcquireAsync(credential, scope, ct), options, tokenIssuedByTenant: true), null);
    }

    /// <summary>The claims of the token the client sends, or null when it cannot be decoded (opaque tokens).</summary>
    public async Task<(TokenClaims? Claims, Diagnostic? Failure)> ReadClaimsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (TokenClaims.TryRead(await _acquireToken(cancellationToken)), null);
        }
        catch (AuthenticationFailedException e)
        {
            return (null, TenantDiagnostics.CredentialUnavailable(FirstLine(e.Message)));
        }
    }

    /// <summary>The SDK's client over our pipeline, reading JSON as <see cref="StrictJson"/> does.</summary>
    private static GraphServiceClient StrictClient(HttpClient http, IAuthenticationProvider auth, string baseUrl) =>
        new(new BaseGraphRequestAdapter(auth, parseNodeFactory: StrictJson.ParseNodes(), httpClient: http) { BaseUrl = baseUrl });

    private static async Task<string> AcquireAsync(TokenCredential credential, string scope, CancellationToken cancellationToken) =>
        (await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken)).Token;

    /// <summary>
    /// The SDK's handlers minus its retry (see <see cref="RetryPolicy"/>), then the strict reading of write batches'
    /// envelopes, then the origin guard, then the socket, which
    /// decompresses (so the size cap counts what is parsed) and follows no redirect itself: the SDK's redirect handler
    /// does, so every hop passes the guard. Loopback is never sent through a proxy.
    /// </summary>
    private static HttpClient CreateHttpClient(GraphConnectionOptions options, GraphEndpoint endpoint)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Add(new StrictBatchAnswer());
        handlers.Add(new OriginGuard(endpoint, options.Limits));
        var socket = options.FinalHandler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = !endpoint.IsLoopback,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        var http = GraphClientFactory.Create(handlers: handlers, finalHandler: socket);
        // The guard's deadline covers headers and body; this one would cover only the headers.
        http.Timeout = Timeout.InfiniteTimeSpan;
        return http;
    }

    private static TokenCredential CredentialFrom(Func<string, string?> environment, Uri authority)
    {
        var clientId = environment("AZURE_CLIENT_ID");
        var tenantId = environment("AZURE_TENANT_ID");
        var secret = environment("AZURE_CLIENT_SECRET");
        var certificate = environment("AZURE_CLIENT_CERTIFICATE_PATH");
        if (!string.IsNullOrEmpty(clientId) && !string.IsNullOrEmpty(tenantId))
        {
            if (!string.IsNullOrEmpty(secret))
            {
                return new ClientSecretCredential(tenantId, clientId, secret, new ClientSecretCredentialOptions { AuthorityHost = authority });
            }
            if (!string.IsNullOrEmpty(certificate))
            {
                return new ClientCertificateCredential(tenantId, clientId, certificate, new ClientCertificateCredentialOptions { AuthorityHost = authority });
            }
        }
        // Covers workload identity federation in CI, managed identity and the Azure CLI.
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { AuthorityHost = authority });
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
