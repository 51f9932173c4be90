using System.Net;
using System.Text;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

/// <summary>Route by route: no token → 401, other tenant → 401, wrong role → 403, right role → not 401/403.</summary>
public sealed class AuthTests : IAsyncLifetime
{
    private LocalTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await Harness.StartAsync();

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    public static TheoryData<string, string, string, string> Routes() => new()
    {
        { "GET", "users", "User.Read.All", "Policy.Read.All" },
        { "GET", "users/delta()", "Directory.Read.All", "Policy.Read.All" },
        { "PATCH", "users/x", "User.ReadWrite.All", "User.Read.All" },
        { "DELETE", "users/x", "Directory.ReadWrite.All", "User.Read.All" },
        { "POST", "invitations", "User.Invite.All", "User.Read.All" },
        { "GET", "directory/deletedItems/graph.user", "User.Read.All", "Policy.Read.All" },
        { "POST", "directory/deletedItems/x/restore", "User.ReadWrite.All", "User.Read.All" },
        { "GET", "identity/conditionalAccess/policies", "Policy.Read.ConditionalAccess", "User.Read.All" },
        { "POST", "identity/conditionalAccess/policies", "Policy.ReadWrite.ConditionalAccess", "Policy.Read.All" },
        { "DELETE", "identity/conditionalAccess/policies/x", "Policy.ReadWrite.ConditionalAccess", "Policy.Read.All" },
        { "GET", "policies/crossTenantAccessPolicy/default", "Policy.Read.All", "Policy.Read.ConditionalAccess" },
        { "PATCH", "policies/crossTenantAccessPolicy/default", "Policy.ReadWrite.CrossTenantAccess", "Policy.Read.All" },
        { "POST", "policies/crossTenantAccessPolicy/partners", "Policy.ReadWrite.CrossTenantAccess", "Policy.ReadWrite.ConditionalAccess" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_enforces_token_tenant_and_role(string method, string path, string allowed, string denied)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, null));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, "not-a-jwt"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, _tenant.CreateToken("99999999-0000-4000-8000-000000000009", allowed)));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(method, path, _tenant.CreateToken(denied)));
        var ok = await SendAsync(method, path, _tenant.CreateToken(allowed));
        Assert.NotEqual(HttpStatusCode.Unauthorized, ok);
        Assert.NotEqual(HttpStatusCode.Forbidden, ok);
    }

    [Fact]
    public async Task Organization_needs_only_a_token_of_the_tenant()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync("GET", "organization", _tenant.CreateToken()));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync("GET", "organization", null));
    }

    [Fact]
    public async Task Development_token_is_an_unsecured_jwt()
    {
        var token = DevelopmentToken.Create(_tenant.TenantId, ["User.Read.All"]);
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("", parts[2]);
        Assert.Equal("{\"alg\":\"none\",\"typ\":\"JWT\"}", Encoding.UTF8.GetString(Convert.FromBase64String(parts[0].PadRight(parts[0].Length + ((4 - (parts[0].Length % 4)) % 4), '='))));
    }

    private async Task<HttpStatusCode> SendAsync(string method, string path, string? token)
    {
        using var http = Harness.Raw(_tenant, token);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? "application/json");
        return response.StatusCode;
    }
}
