namespace Reconciler.Benchmarks.Measuring;

/// <summary>
/// The innermost HTTP handler of every measured client: counts HTTP requests (a <c>$batch</c> is one), tells reads
/// (GETs, and batches of GETs only) from writes, and counts the bytes received on its connections.
/// </summary>
internal sealed class WireCounter : DelegatingHandler
{
    private int _requests;
    private int _reads;
    private int _guestListing;
    private long _bytes;

    public WireCounter() => InnerHandler = ReceivedBytes.Handler(read => Interlocked.Add(ref _bytes, read));

    public WireFigures Take() => new(Interlocked.Exchange(ref _requests, 0), Interlocked.Exchange(ref _reads, 0),
        Interlocked.Exchange(ref _guestListing, 0), Interlocked.Exchange(ref _bytes, 0));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (await IsReadAsync(request, cancellationToken))
        {
            Interlocked.Increment(ref _reads);
        }
        if (request.RequestUri?.AbsolutePath.Contains("/users", StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _guestListing);
        }
        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<bool> IsReadAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            return true;
        }
        if (request.Content is null || request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) != true)
        {
            return false;
        }
        // Looked for in the bytes, as the envelope's writers spell methods (upper case): the measuring must not cost
        // the measured process more than it has to.
        var body = (await request.Content.ReadAsByteArrayAsync(cancellationToken)).AsSpan();
        return body.IndexOf("\"method\":\"POST\""u8) < 0 && body.IndexOf("\"method\":\"PATCH\""u8) < 0 && body.IndexOf("\"method\":\"DELETE\""u8) < 0;
    }
}

/// <summary>What one run put on the wire. <see cref="UserRequests"/> counts requests to /users (listing, delta, count, lookups travel in $batch and are not counted).</summary>
internal sealed record WireFigures(int Requests, int ReadRequests, int UserRequests, long Bytes);
