using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Infra.Tests;

/// <summary>Reads and changes the local tenant's cross-tenant settings over Graph's own HTTP API, as a portal user would.</summary>
internal sealed class TenantReader(LocalTenant tenant) : IDisposable
{
    private const string Policy = "/policies/crossTenantAccessPolicy";

    private readonly HttpClient _http = GraphHttp.For(tenant);

    /// <summary>The partner's configuration, or null when Graph answers 404.</summary>
    public async Task<JsonObject?> PartnerAsync(string tenantId)
    {
        using var response = await _http.GetAsync($"{tenant.BaseUrl}{Policy}/partners/{tenantId}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public async Task<JsonObject> DefaultAsync()
    {
        using var response = await _http.GetAsync($"{tenant.BaseUrl}{Policy}/default");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public Task ChangePartnerAsync(string tenantId, string json) => PatchAsync($"{Policy}/partners/{tenantId}", json);

    public Task ChangeDefaultAsync(string json) => PatchAsync($"{Policy}/default", json);

    public void Dispose() => _http.Dispose();

    private async Task PatchAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PatchAsync($"{tenant.BaseUrl}{path}", content);
        response.EnsureSuccessStatusCode();
    }
}
