using System.Net;
using System.Text;

namespace Reconciler.Graph.Tests.Support;

/// <summary>
/// Passes requests to the local tenant over loopback, except those to one path, which it answers itself with a
/// Graph error of the given status: a tenant without that API, or a proxy that refuses it.
/// </summary>
internal sealed class RefusingHandler(string pathSuffix, HttpStatusCode status) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal) != true)
        {
            return base.SendAsync(request, cancellationToken);
        }
        var body = $$$"""{"error":{"code":"{{{status}}}","message":"Refused by the test."}}""";
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
