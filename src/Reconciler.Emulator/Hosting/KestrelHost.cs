using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Hosting;

/// <summary>
/// Kestrel on 127.0.0.1 with one catch-all endpoint that adapts HTTP to <see cref="EmulatorRequest"/>;
/// routing lives in <see cref="Routing.RouteTable"/> so that $batch can reuse it without HTTP.
/// The local tenant accepts unsigned tokens, so it must never be reachable from elsewhere: no configuration
/// (<c>ASPNETCORE_URLS</c>, <c>Kestrel__Endpoints__*</c>, appsettings.json) is read, every bound address is checked
/// to be loopback after start, and a request whose Host is not this address (DNS rebinding) is refused.
/// </summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelHost(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<KestrelHost> StartAsync(int port, Func<RequestPipeline> pipeline, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // Environment variables and settings files could add listeners (ASPNETCORE_Kestrel__Endpoints__pub__Url).
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text("ok"));
        var host = new KestrelHost(app);
        app.Map("/{**path}", (HttpContext http) => host.AllowedHost(http.Request.Host) ? ServeAsync(http, pipeline()) : MisdirectedAsync(http));
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        host.Bound = bound;
        if (bound.Count != 1 || !IPAddress.TryParse(bound[0].Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            await host.DisposeAsync();
            throw new InvalidOperationException($"The local tenant must listen on loopback only, but it was bound to {string.Join(", ", bound)}.");
        }
        host.Address = bound[0];
        return host;
    }

    /// <summary>Every address the server listens on; one, on loopback.</summary>
    public IReadOnlyList<Uri> Bound { get; private set; } = [];

    /// <summary>The bound address itself, or localhost on its port: nothing a rebinding DNS name could send.</summary>
    private bool AllowedHost(HostString host) =>
        host.Port == Address.Port
        && (string.Equals(host.Host, Address.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    private static async Task MisdirectedAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(ErrorBody.Render(new GraphError("Request_BadRequest", "This local tenant answers only to its loopback address."), Guid.NewGuid().ToString(), null).ToJsonString());
    }

    private static async Task ServeAsync(HttpContext http, RequestPipeline pipeline)
    {
        var path = http.Request.Path.Value ?? "/";
        if (!path.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.StatusCode = 404;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(ErrorBody.Render(new GraphError("BadRequest", "Only /v1.0 is emulated."), Guid.NewGuid().ToString(), null).ToJsonString());
            return;
        }
        string? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }
        var request = new EmulatorRequest
        {
            Method = http.Request.Method.ToUpperInvariant(),
            Path = path[5..],
            Query = EmulatorRequest.ParseQuery(http.Request.QueryString.Value),
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            BodyText = body,
        };
        var response = await pipeline.HandleAsync(request, http.RequestAborted);
        if (response.AbortConnection)
        {
            http.Abort();
            return;
        }
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }
        if (response.Json is not null)
        {
            http.Response.ContentType = Wire.JsonContentType;
            // Written straight into the response: a 999-guest page never becomes one large string (a large-object
            // allocation per page, and the full collections of a 100,000-user heap that follow).
            using (var writer = new System.Text.Json.Utf8JsonWriter(http.Response.BodyWriter))
            {
                response.Json.WriteTo(writer);
            }
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        }
        else if (response.Text is not null)
        {
            http.Response.ContentType = response.TextContentType;
            await http.Response.WriteAsync(response.Text, http.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
