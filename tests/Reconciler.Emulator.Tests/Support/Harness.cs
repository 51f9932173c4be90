using System.Net.Http.Headers;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Reconciler.Emulator.Tests.Support;

/// <summary>Starts a local tenant and builds real SDK clients against it over loopback HTTP.</summary>
internal static class Harness
{
    public static Task<LocalTenant> StartAsync(EmulatorOptions? options = null) =>
        LocalTenant.StartAsync(options ?? new EmulatorOptions());

    /// <summary>A GraphServiceClient with the SDK's default middleware (retry, redirect, telemetry...).</summary>
    public static GraphServiceClient Graph(LocalTenant tenant, params string[] roles) =>
        GraphWithToken(tenant, tenant.CreateToken(roles.Length == 0 ? [.. LocalTenant.AllRoles] : roles));

    public static GraphServiceClient GraphWithToken(LocalTenant tenant, string token)
    {
        var http = GraphClientFactory.Create(handlers: GraphClientFactory.CreateDefaultHandlers());
        var auth = new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token));
        return new GraphServiceClient(http, auth, tenant.BaseUrl.ToString());
    }

    /// <summary>Plain HttpClient for wire-level checks the SDK would hide.</summary>
    public static HttpClient Raw(LocalTenant tenant, string? token = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(tenant.BaseUrl + "/") };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return http;
    }
}
