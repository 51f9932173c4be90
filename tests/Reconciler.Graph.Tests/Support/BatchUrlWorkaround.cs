using System.Net.Http.Headers;

namespace Reconciler.Graph.Tests.Support;

/// <summary>
/// Works around a local-tenant gap: on Linux its <c>$batch</c> reader takes a relative url such as
/// <c>/users?$filter=...</c> for an absolute file URI and escapes the <c>?</c>, so any batched query fails with 400.
/// Sending the same urls without the leading slash (which Graph also accepts) avoids it. Remove once the emulator is fixed.
/// </summary>
internal sealed class BatchUrlWorkaround() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) == true && request.Content is { } content)
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            var rewritten = new StringContent(body.Replace("\"url\":\"/", "\"url\":\"", StringComparison.Ordinal));
            rewritten.Headers.ContentType = content.Headers.ContentType ?? new MediaTypeHeaderValue("application/json");
            request.Content = rewritten;
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
