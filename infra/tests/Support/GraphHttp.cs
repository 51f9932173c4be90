using System.Net.Http.Headers;
using Reconciler.Emulator;

namespace Reconciler.Infra.Tests;

/// <summary>Graph's own HTTP API on a local tenant, with a token that may do everything, as an administrator in the portal.</summary>
internal static class GraphHttp
{
    public static HttpClient For(LocalTenant tenant)
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.CreateToken([.. LocalTenant.AllRoles]));
        return http;
    }
}
