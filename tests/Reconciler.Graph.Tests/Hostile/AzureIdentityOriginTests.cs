using System.Net;
using System.Text;
using Azure.Core;
using Reconciler.Graph.Connection;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>
/// The Azure.Identity path: the token's scope comes from the cloud table, and a nextLink to Graph's own host on another
/// port (which a host-only check lets through) is refused before it reaches the wire. No network: the socket is a stub.
/// </summary>
public class AzureIdentityOriginTests
{
    private const string TenantId = "0f4e6c1a-0000-4000-8000-000000000001";

    [Fact]
    public async Task ANextLinkToGraphsHostOnAnotherPortNeverGetsTheToken()
    {
        var credential = new RecordingCredential();
        var wire = new StubGraph();
        var options = new GraphConnectionOptions
        {
            TenantId = TenantId,
            GraphUrl = "https://graph.microsoft.com/v1.0",
            Credential = credential,
            FinalHandler = wire,
            Retry = RetryPolicy.Default with { Wait = (_, _) => Task.CompletedTask },
        };

        var (port, failure) = await GraphTenant.ConnectAsync(options, CancellationToken.None);
        Assert.Null(failure);
        var error = await Assert.ThrowsAsync<TenantException>(() => port!.ReadAsync(new SnapshotRequest([]), CancellationToken.None));

        Assert.Equal("B2B3014", error.Diagnostic.Code);
        Assert.All(credential.Scopes, scope => Assert.Equal("https://graph.microsoft.com/.default", scope));
        Assert.DoesNotContain(wire.Seen, uri => uri.Port != 443);
        Assert.All(wire.Seen, uri => Assert.Equal("graph.microsoft.com", uri.Host));
    }

    /// <summary>Answers as Graph would for the stack's tenant, except that the policy listing links to port 8443.</summary>
    private sealed class StubGraph : HttpMessageHandler
    {
        private readonly List<Uri> _seen = [];

        public IReadOnlyList<Uri> Seen
        {
            get { lock (_seen) { return [.. _seen]; } }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_seen) { _seen.Add(request.RequestUri!); }
            var path = request.RequestUri!.AbsolutePath;
            var body = path switch
            {
                _ when path.EndsWith("/organization", StringComparison.Ordinal) => $$"""{"value":[{"id":"{{TenantId}}","displayName":"Contoso"}]}""",
                _ when path.EndsWith("/conditionalAccess/policies", StringComparison.Ordinal) =>
                    """{"value":[],"@odata.nextLink":"https://graph.microsoft.com:8443/v1.0/identity/conditionalAccess/policies?$skiptoken=1"}""",
                _ when path.EndsWith("/default", StringComparison.Ordinal) => """{"inboundTrust":null}""",
                _ when path.EndsWith("/$batch", StringComparison.Ordinal) => """{"responses":[]}""",
                _ => """{"value":[]}""",
            };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    /// <summary>Hands out an opaque token and remembers every scope it was asked for.</summary>
    private sealed class RecordingCredential : TokenCredential
    {
        private readonly List<string> _scopes = [];

        public IReadOnlyList<string> Scopes
        {
            get { lock (_scopes) { return [.. _scopes]; } }
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (_scopes) { _scopes.AddRange(requestContext.Scopes); }
            return new AccessToken("opaque-test-token", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
