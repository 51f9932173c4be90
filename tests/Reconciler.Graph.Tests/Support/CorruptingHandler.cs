using System.Text;

namespace Reconciler.Graph.Tests.Support;

/// <summary>
/// Passes requests to the local tenant over loopback and spoils the answers to one path, the way a broken proxy
/// would (cut the JSON short, or replace it with an HTML error page), or rewrites them as a service that changed
/// shape would.
/// </summary>
internal sealed class CorruptingHandler(string pathSuffix, Func<string, HttpContent> spoil) : DelegatingHandler(new SocketsHttpHandler())
{
    public CorruptingHandler(string pathSuffix, bool html)
        : this(pathSuffix, body => html
            ? new StringContent("<html><body>502 Bad Gateway</body></html>", Encoding.UTF8, "text/html")
            : new StringContent(body[..(body.Length / 2)], Encoding.UTF8, "application/json"))
    {
    }

    /// <summary>Answers to the path rewritten by <paramref name="rewrite"/>, still as JSON.</summary>
    public static CorruptingHandler Rewriting(string pathSuffix, Func<string, string> rewrite) =>
        new(pathSuffix, body => new StringContent(rewrite(body), Encoding.UTF8, "application/json"));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal) != true)
        {
            return response;
        }
        response.Content = spoil(await response.Content.ReadAsStringAsync(cancellationToken));
        return response;
    }
}
