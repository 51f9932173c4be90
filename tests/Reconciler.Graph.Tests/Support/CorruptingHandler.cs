using System.Text;

namespace Reconciler.Graph.Tests.Support;

/// <summary>
/// Passes requests to the local tenant over loopback and spoils the answers to one path, the way a broken proxy
/// would: cut the JSON short, or replace it with an HTML error page.
/// </summary>
internal sealed class CorruptingHandler(string pathSuffix, bool html) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal) != true)
        {
            return response;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Content = html
            ? new StringContent("<html><body>502 Bad Gateway</body></html>", Encoding.UTF8, "text/html")
            : new StringContent(body[..(body.Length / 2)], Encoding.UTF8, "application/json");
        return response;
    }
}
