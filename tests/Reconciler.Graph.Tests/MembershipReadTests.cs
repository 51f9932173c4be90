using System.Net;
using System.Text.Json.Nodes;
using Reconciler.Emulator;
using Reconciler.Graph.Tests.Support;

namespace Reconciler.Graph.Tests;

/// <summary>
/// The port reads a user's transitive memberships through the SDK: group ids, and the roles' template ids when the
/// token may read roles. A refusal is an answer naming what would decide, not an error; other failures carry a code.
/// </summary>
public class MembershipReadTests
{
    private const string Partners = "e0000000-0000-4000-8000-0000000000e1";
    private const string Everyone = "e0000000-0000-4000-8000-0000000000e3";
    private const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";

    [Fact]
    public async Task NestedGroupsAndTheRolesTemplateIdsAreRead()
    {
        await using var tenant = await Local.StartAsync();
        var alex = Seeded(tenant);
        var port = await Local.ConnectAsync(tenant, ["Directory.Read.All"]);

        var read = await port.ReadMembershipsAsync(alex, CancellationToken.None);

        Assert.Equal([Partners, Everyone], read.GroupIds!);
        Assert.Equal([SecurityReader], read.RoleTemplateIds!);
        Assert.Null(read.RefusedFor);
        Assert.Contains(tenant.Requests.Entries, r => r.PathAndQuery.StartsWith($"/users/{alex}/transitiveMemberOf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutARoleReadPermissionGroupsAreKnownAndRolesAreNot()
    {
        await using var tenant = await Local.StartAsync();
        var alex = Seeded(tenant);
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);

        var read = await port.ReadMembershipsAsync(alex, CancellationToken.None);

        Assert.Equal([Partners, Everyone], read.GroupIds!);
        Assert.Null(read.RoleTemplateIds);
    }

    [Fact]
    public async Task EveryPageOfMembershipsIsRead()
    {
        await using var tenant = await Local.StartAsync();
        var alex = (string)tenant.Store.AddGuest("alex@fabrikam.example")["id"]!;
        foreach (var n in Enumerable.Range(1, 120))
        {
            tenant.Store.AddGroup(Json($$"""{"displayName":"Team {{n}}","members":["{{alex}}"]}"""));
        }
        var port = await Local.ConnectAsync(tenant, ["GroupMember.Read.All"]);

        var read = await port.ReadMembershipsAsync(alex, CancellationToken.None);

        Assert.Equal(120, read.GroupIds!.Distinct().Count());
        Assert.Equal(2, tenant.Requests.Entries.Count(r => r.PathAndQuery.Contains("/transitiveMemberOf", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ARefusalNamesThePermissionsThatWouldDecide()
    {
        await using var tenant = await Local.StartAsync();
        var alex = Seeded(tenant);
        var options = Local.Options(tenant, tenant.CreateToken(Local.ReadOnlyRoles)) with
        {
            FinalHandler = new RefusingHandler("/transitiveMemberOf", HttpStatusCode.Forbidden),
        };
        var (port, _) = await GraphTenant.ConnectAsync(options, CancellationToken.None);

        var read = await port!.ReadMembershipsAsync(alex, CancellationToken.None);

        Assert.Null(read.Failure);
        Assert.Null(read.GroupIds);
        Assert.Contains("Directory.Read.All", read.RefusedFor);
        Assert.Contains("GroupMember.Read.All", read.RefusedFor);
    }

    [Fact]
    public async Task AnotherFailureCarriesItsDiagnostic()
    {
        await using var tenant = await Local.StartAsync();
        var port = await Local.ConnectAsync(tenant, Local.ReadOnlyRoles);

        var read = await port.ReadMembershipsAsync(Guid.NewGuid().ToString(), CancellationToken.None);

        Assert.Null(read.RefusedFor);
        Assert.StartsWith("B2B3", read.Failure!.Code, StringComparison.Ordinal);
    }

    private static string Seeded(LocalTenant tenant)
    {
        var alex = (string)tenant.Store.AddGuest("alex@fabrikam.example")["id"]!;
        tenant.Store.AddGroup(Json($$"""{"id":"{{Partners}}","displayName":"Partner admins","members":["{{alex}}"]}"""));
        tenant.Store.AddGroup(Json($$"""{"id":"{{Everyone}}","displayName":"Everyone","members":["{{Partners}}"]}"""));
        tenant.Store.AddDirectoryRole(Json($$"""{"roleTemplateId":"{{SecurityReader}}","displayName":"Security Reader","members":["{{alex}}"]}"""));
        return alex;
    }

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
