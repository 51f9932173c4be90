using System.Net.Sockets;
using System.Text;

namespace Reconciler.Testing.Hostile;

/// <summary>
/// What a hostile endpoint writes back, byte for byte: a JSON answer, one that drips, lies about its length, never
/// ends, never comes, or sends the client elsewhere. Every answer ends when the endpoint is disposed.
/// </summary>
public sealed class HostileAnswer(Func<NetworkStream, CancellationToken, Task> write)
{
    internal Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken) => write(stream, cancellationToken);

    public static HostileAnswer Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(async (stream, ct) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await WriteHeadAsync(stream, status, [("Content-Type", "application/json"), ("Content-Length", bytes.Length.ToString()), .. headers], ct);
            await stream.WriteAsync(bytes, ct);
        });

    /// <summary>Raw bytes as the body (invalid UTF-8, an HTML page), labelled as JSON.</summary>
    public static HostileAnswer Bytes(int status, byte[] body, string contentType = "application/json") =>
        new(async (stream, ct) =>
        {
            await WriteHeadAsync(stream, status, [("Content-Type", contentType), ("Content-Length", body.Length.ToString())], ct);
            await stream.WriteAsync(body, ct);
        });

    /// <summary>Headers at once, then the body one byte every <paramref name="interval"/>.</summary>
    public static HostileAnswer Drip(string body, TimeSpan interval) =>
        new(async (stream, ct) =>
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await WriteHeadAsync(stream, 200, [("Content-Type", "application/json"), ("Content-Length", bytes.Length.ToString())], ct);
            foreach (var b in bytes)
            {
                await stream.WriteAsync(new[] { b }, ct);
                await Task.Delay(interval, ct);
            }
        });

    /// <summary>Reads the request and never answers.</summary>
    public static HostileAnswer Silence() => new((_, ct) => Task.Delay(Timeout.Infinite, ct));

    /// <summary>Closes the connection without a word, as a tenant that died does.</summary>
    public static HostileAnswer Hangup() => new((stream, _) =>
    {
        stream.Socket.Close(0);
        return Task.CompletedTask;
    });

    /// <summary>Declares a body of <paramref name="declaredLength"/> bytes and sends filler for as long as the client reads.</summary>
    public static HostileAnswer Huge(long declaredLength) =>
        new(async (stream, ct) =>
        {
            await WriteHeadAsync(stream, 200, [("Content-Type", "application/json"), ("Content-Length", declaredLength.ToString())], ct);
            await FillAsync(stream, declaredLength, ct);
        });

    /// <summary>A chunked body that never ends: no length to refuse up front, only what is counted.</summary>
    public static HostileAnswer Endless() =>
        new(async (stream, ct) =>
        {
            await WriteHeadAsync(stream, 200, [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")], ct);
            var chunk = Encoding.ASCII.GetBytes("10000\r\n" + new string(' ', 0x10000) + "\r\n");
            await stream.WriteAsync("2\r\n{\"\r\n"u8.ToArray(), ct);
            while (!ct.IsCancellationRequested)
            {
                await stream.WriteAsync(chunk, ct);
            }
        });

    public static HostileAnswer Redirect(string location, int status = 302) =>
        new((stream, ct) => WriteHeadAsync(stream, status, [("Location", location), ("Content-Length", "0")], ct));

    internal static async Task WriteHeadAsync(Stream stream, int status, IEnumerable<(string Name, string Value)> headers, CancellationToken cancellationToken)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} Status{status}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
    }

    private static async Task FillAsync(Stream stream, long length, CancellationToken cancellationToken)
    {
        var filler = new byte[0x10000];
        filler.AsSpan().Fill((byte)' ');
        for (long sent = 0; sent < length && !cancellationToken.IsCancellationRequested; sent += filler.Length)
        {
            await stream.WriteAsync(filler, cancellationToken);
        }
    }
}
