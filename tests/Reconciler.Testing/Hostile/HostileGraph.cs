using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reconciler.Testing.Hostile;

/// <summary>
/// A small HTTP/1.1 endpoint on 127.0.0.1 (never any other address) that stands in for Graph. Each request goes to
/// <c>tamper</c>; when it returns null the request is forwarded to the tenant behind (a local tenant), with that
/// tenant's origin rewritten to this one in every answer, so a test spoils one answer of an otherwise real tenant.
/// Without a tenant behind, untampered requests get 404. Every request is recorded, headers included.
/// </summary>
public sealed class HostileGraph : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<HostileRequest, HostileAnswer?> _tamper;
    private readonly Uri? _behind;
    private readonly HttpClient _forward = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });
    private readonly List<HostileRequest> _requests = [];
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;

    private HostileGraph(Func<HostileRequest, HostileAnswer?> tamper, Uri? behind)
    {
        (_tamper, _behind) = (tamper, behind);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>An endpoint that answers only what <paramref name="answer"/> says (404 for null).</summary>
    public static HostileGraph Start(Func<HostileRequest, HostileAnswer?> answer) => new(answer, null);

    /// <summary>An endpoint in front of the tenant at <paramref name="tenantBaseUrl"/> that changes only what <paramref name="tamper"/> answers.</summary>
    public static HostileGraph InFrontOf(Uri tenantBaseUrl, Func<HostileRequest, HostileAnswer?> tamper) => new(tamper, tenantBaseUrl);

    public Uri Origin => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    public Uri BaseUrl => new(Origin, "/v1.0");

    public IReadOnlyList<HostileRequest> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] connections;
        lock (_connections) { connections = [.. _connections]; }
        await Task.WhenAll([_accepting, .. connections]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _forward.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_connections) { _connections.Add(ServeAsync(client)); }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, _stop.Token);
                if (request is null)
                {
                    return;
                }
                lock (_requests) { _requests.Add(request); }
                var answer = _tamper(request) ?? await ForwardAsync(request);
                await answer.WriteAsync(stream, _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client gave up or the endpoint is stopping: either way this exchange is over.
            }
        }
    }

    private async Task<HostileAnswer> ForwardAsync(HostileRequest request)
    {
        if (_behind is null)
        {
            return HostileAnswer.Json(404, """{"error":{"code":"NotFound","message":"nothing here"}}""");
        }
        var behindOrigin = _behind.GetLeftPart(UriPartial.Authority);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), behindOrigin + request.Target);
        if (request.Body.Length > 0 || request.Method is "POST" or "PATCH" or "PUT")
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }
        foreach (var (name, value) in request.Headers)
        {
            if (name is not ("host" or "content-length" or "content-type" or "connection" or "transfer-encoding"))
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }
        using var response = await _forward.SendAsync(message, _stop.Token);
        var body = (await response.Content.ReadAsStringAsync(_stop.Token)).Replace(behindOrigin, Origin.ToString().TrimEnd('/'), StringComparison.Ordinal);
        var headers = new List<(string, string)>();
        if (response.Headers.RetryAfter is { Delta: { } delay })
        {
            headers.Add(("Retry-After", ((int)delay.TotalSeconds).ToString()));
        }
        return HostileAnswer.Json((int)response.StatusCode, body, [.. headers]);
    }

    /// <summary>Reads one request: the head up to 64 KB, then a body by Content-Length or chunks.</summary>
    private static async Task<HostileRequest?> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var reader = new HeadReader(stream);
        var requestLine = await reader.LineAsync(cancellationToken);
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = await reader.LineAsync(cancellationToken); !string.IsNullOrEmpty(line); line = await reader.LineAsync(cancellationToken))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        var body = headers.TryGetValue("content-length", out var length)
            ? await reader.BytesAsync(int.Parse(length), cancellationToken)
            : headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked") == true ? await reader.ChunkedAsync(cancellationToken) : [];
        var parts = requestLine.Split(' ');
        return new HostileRequest(parts[0], parts[1], headers, Encoding.UTF8.GetString(body));
    }

    /// <summary>Byte-wise reading of a request, bounded so a test cannot hang on a client that misbehaves.</summary>
    private sealed class HeadReader(Stream stream)
    {
        private const int MaxBytes = 1 << 20;
        private int _read;

        public async Task<string> LineAsync(CancellationToken cancellationToken)
        {
            var line = new List<byte>();
            while (true)
            {
                var b = await ByteAsync(cancellationToken);
                if (b is < 0 or '\n')
                {
                    return Encoding.ASCII.GetString([.. line]).TrimEnd('\r');
                }
                line.Add((byte)b);
            }
        }

        public async Task<byte[]> BytesAsync(int count, CancellationToken cancellationToken)
        {
            var bytes = new byte[count];
            for (var i = 0; i < count; i++)
            {
                var b = await ByteAsync(cancellationToken);
                bytes[i] = b < 0 ? throw new IOException("body cut short") : (byte)b;
            }
            return bytes;
        }

        public async Task<byte[]> ChunkedAsync(CancellationToken cancellationToken)
        {
            var body = new List<byte>();
            for (var size = Convert.ToInt32(await LineAsync(cancellationToken), 16); size > 0; size = Convert.ToInt32(await LineAsync(cancellationToken), 16))
            {
                body.AddRange(await BytesAsync(size, cancellationToken));
                await LineAsync(cancellationToken);
            }
            await LineAsync(cancellationToken);
            return [.. body];
        }

        private async Task<int> ByteAsync(CancellationToken cancellationToken)
        {
            if (++_read > MaxBytes)
            {
                throw new IOException("request too large for a test endpoint");
            }
            var one = new byte[1];
            return await stream.ReadAsync(one, cancellationToken) == 0 ? -1 : one[0];
        }
    }
}
