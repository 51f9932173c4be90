using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Store;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

/// <summary>
/// Groups and directory roles through the real SDK: seeded, listed and paged, their members, a user's direct and
/// transitive memberships, Graph's 404 and 403, and the ids-only answer for a type the caller may not read.
/// </summary>
public sealed class GroupAndRoleTests : IAsyncLifetime
{
    internal const string Alex = "6a1f0000-0000-4000-8000-0000000000a1";
    internal const string Megan = "6a1f0000-0000-4000-8000-0000000000a2";
    internal const string PartnerAdmins = "e0000000-0000-4000-8000-0000000000e1";
    internal const string AllPartners = "e0000000-0000-4000-8000-0000000000e2";
    internal const string Everyone = "e0000000-0000-4000-8000-0000000000e3";
    internal const string SecurityReaderRole = "d0000000-0000-4000-8000-0000000000d1";
    internal const string SecurityReaderTemplate = "5d6b6bb7-de71-4623-b4af-96380a352509";

    private LocalTenant _tenant = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        Seed(_tenant.Store);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    /// <summary>
    /// Alex is in Partner admins, which is in All partners, which is in Everyone; Partner admins also holds Everyone,
    /// named before it is listed: a cycle, as Entra ID allows.
    /// </summary>
    internal static void Seed(TenantStore store)
    {
        store.AddUser(Json($$"""{"id":"{{Alex}}","displayName":"Alex","userPrincipalName":"alex_fabrikam.example#EXT#@contoso.onmicrosoft.com","mail":"alex@fabrikam.example","userType":"Guest"}"""));
        store.AddUser(Json($$"""{"id":"{{Megan}}","displayName":"Megan","userPrincipalName":"megan@contoso.onmicrosoft.com","userType":"Member"}"""));
        store.AddDirectoryObjects(
            [
                DirectoryShapeCheck.Group(Json($$"""{"id":"{{PartnerAdmins}}","displayName":"Partner admins","members":["{{Alex}}","{{Everyone}}"]}"""), 0),
                DirectoryShapeCheck.Group(Json($$"""{"id":"{{AllPartners}}","displayName":"All partners","mailEnabled":true,"groupTypes":[],"members":["{{PartnerAdmins}}","{{Megan}}"]}"""), 1),
                DirectoryShapeCheck.Group(Json($$"""{"id":"{{Everyone}}","displayName":"Everyone","members":["{{AllPartners}}"]}"""), 2),
            ],
            [DirectoryShapeCheck.Role(Json($$"""{"id":"{{SecurityReaderRole}}","roleTemplateId":"{{SecurityReaderTemplate}}","displayName":"Security Reader","members":["{{Alex}}"]}"""), 0)]);
    }

    [Fact]
    public async Task A_group_comes_back_with_Graphs_default_properties_and_server_filled_values()
    {
        var graph = Harness.Graph(_tenant, "GroupMember.Read.All");

        var group = await graph.Groups[AllPartners].GetAsync();
        using var http = Harness.Raw(_tenant, _tenant.CreateToken(["GroupMember.Read.All"]));
        var raw = JsonNode.Parse(await http.GetStringAsync($"groups/{AllPartners}"))!.AsObject();

        Assert.Equal(("All partners", true, true), (group!.DisplayName, group.SecurityEnabled, group.MailEnabled));
        Assert.Empty(group.GroupTypes!);
        Assert.Equal("Allpartners", group.MailNickname);
        Assert.NotNull(group.CreatedDateTime);
        Assert.EndsWith("$metadata#groups/$entity", (string?)raw["@odata.context"]);
        Assert.Equal(["@odata.context", "id", "deletedDateTime", "classification", "createdDateTime"], raw.Select(p => p.Key).Take(5));
        Assert.Null(raw["members"]);
        Assert.Equal(new JsonArray().ToJsonString(), raw["proxyAddresses"]!.ToJsonString());
    }

    [Fact]
    public void Every_property_served_is_one_the_SDKs_v1_models_know()
    {
        static bool Knows(Type model, string name) => model.GetProperty(char.ToUpperInvariant(name[0]) + name[1..]) is not null;

        Assert.All(Model.GroupShape.DefaultProperties, name => Assert.True(Knows(typeof(Group), name), name));
        Assert.All(Model.DirectoryRoleShape.DefaultProperties, name => Assert.True(Knows(typeof(DirectoryRole), name), name));
    }

    [Fact]
    public async Task Groups_are_paged_with_an_absolute_next_link_and_take_select()
    {
        var graph = Harness.Graph(_tenant, "Group.Read.All");

        var first = await graph.Groups.GetAsync(rc =>
        {
            rc.QueryParameters.Top = 2;
            rc.QueryParameters.Select = ["id", "displayName"];
        });
        var second = await graph.Groups.WithUrl(first!.OdataNextLink!).GetAsync();

        Assert.Equal(["Partner admins", "All partners"], first.Value!.Select(g => g.DisplayName));
        Assert.StartsWith(_tenant.BaseUrl + "/groups?", first.OdataNextLink, StringComparison.Ordinal);
        Assert.Null(first.Value![0].SecurityEnabled);
        Assert.Equal(["Everyone"], second!.Value!.Select(g => g.DisplayName));
        Assert.Null(second.OdataNextLink);
    }

    [Fact]
    public async Task Members_are_users_and_groups_with_their_odata_type()
    {
        var graph = Harness.Graph(_tenant, "GroupMember.Read.All", "RoleManagement.Read.Directory", "User.Read.All");

        var members = await graph.Groups[AllPartners].Members.GetAsync();
        var roleMembers = await graph.DirectoryRoles[SecurityReaderRole].Members.GetAsync();

        Assert.Collection(members!.Value!,
            g => Assert.Equal("Partner admins", Assert.IsType<Group>(g).DisplayName),
            u => Assert.Equal("Megan", Assert.IsType<User>(u).DisplayName));
        Assert.Equal(Alex, Assert.IsType<User>(Assert.Single(roleMembers!.Value!)).Id);
    }

    [Fact]
    public async Task A_role_is_listed_and_found_by_its_id_or_its_template_id()
    {
        var graph = Harness.Graph(_tenant, "RoleManagement.Read.Directory");

        var roles = await graph.DirectoryRoles.GetAsync();
        var byTemplate = await graph.DirectoryRoles[SecurityReaderTemplate].GetAsync();

        var role = Assert.Single(roles!.Value!);
        Assert.Equal((SecurityReaderRole, SecurityReaderTemplate, "Security Reader"), (role.Id, role.RoleTemplateId, role.DisplayName));
        Assert.Equal(SecurityReaderRole, byTemplate!.Id);
    }

    [Fact]
    public async Task MemberOf_is_direct_and_transitiveMemberOf_follows_nesting_through_a_cycle_once()
    {
        var graph = Harness.Graph(_tenant, "Directory.Read.All");

        var direct = await graph.Users[Alex].MemberOf.GetAsync();
        var transitive = await graph.Users[Alex].TransitiveMemberOf.GetAsync();

        Assert.Equal(["Partner admins", "Security Reader"], direct!.Value!.Select(Name));
        Assert.Equal(["Partner admins", "All partners", "Everyone", "Security Reader"], transitive!.Value!.Select(Name));
        Assert.Equal(SecurityReaderTemplate, transitive.Value!.OfType<DirectoryRole>().Single().RoleTemplateId);
    }

    [Fact]
    public async Task A_type_the_caller_may_not_read_comes_back_as_its_type_and_id_only()
    {
        var graph = Harness.Graph(_tenant, "User.Read.All");

        var transitive = await graph.Users[Alex].TransitiveMemberOf.GetAsync();

        var group = transitive!.Value!.OfType<Group>().First();
        var role = transitive.Value!.OfType<DirectoryRole>().Single();
        Assert.Equal((PartnerAdmins, null), (group.Id, group.DisplayName));
        Assert.Equal((SecurityReaderRole, null), (role.Id, role.RoleTemplateId));
    }

    [Fact]
    public async Task Unknown_ids_are_Graphs_404_and_missing_roles_its_403()
    {
        var groups = Harness.Graph(_tenant, "GroupMember.Read.All");
        var policiesOnly = Harness.Graph(_tenant, "Policy.Read.All");
        var missing = Guid.NewGuid().ToString();

        var notFound = await Assert.ThrowsAsync<ODataError>(() => groups.Groups[missing].Members.GetAsync());
        var noUser = await Assert.ThrowsAsync<ODataError>(() => Harness.Graph(_tenant, "User.Read.All").Users[missing].TransitiveMemberOf.GetAsync());
        var denied = await Assert.ThrowsAsync<ODataError>(() => policiesOnly.Groups.GetAsync());
        var rolesDenied = await Assert.ThrowsAsync<ODataError>(() => groups.DirectoryRoles.GetAsync());
        var membershipsDenied = await Assert.ThrowsAsync<ODataError>(() => policiesOnly.Users[Alex].TransitiveMemberOf.GetAsync());

        Assert.Equal((404, "Request_ResourceNotFound"), (notFound.ResponseStatusCode, notFound.Error!.Code));
        Assert.Contains(missing, notFound.Error.Message, StringComparison.Ordinal);
        Assert.Equal(404, noUser.ResponseStatusCode);
        Assert.All([denied, rolesDenied, membershipsDenied], e => Assert.Equal((403, "Authorization_RequestDenied"), (e.ResponseStatusCode, e.Error!.Code)));
    }

    [Fact]
    public async Task Filter_is_refused_rather_than_ignored_and_select_names_are_checked()
    {
        using var http = Harness.Raw(_tenant, _tenant.CreateToken(["Directory.Read.All"]));

        var filtered = await http.GetAsync("groups?$filter=displayName eq 'Everyone'");
        var badSelect = await http.GetAsync("groups?$select=nope");
        var mixed = JsonNode.Parse(await http.GetStringAsync($"users/{Alex}/memberOf?$select=displayName,roleTemplateId"))!;

        Assert.Equal(HttpStatusCode.BadRequest, filtered.StatusCode);
        Assert.Contains("microsoft.graph.group", await badSelect.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.EndsWith("$metadata#directoryObjects", (string?)mixed["@odata.context"]);
        Assert.Equal("""{"@odata.type":"#microsoft.graph.group","displayName":"Partner admins"}""", mixed["value"]![0]!.ToJsonString());
        Assert.Equal("""{"@odata.type":"#microsoft.graph.directoryRole","displayName":"Security Reader","roleTemplateId":"5d6b6bb7-de71-4623-b4af-96380a352509"}""", mixed["value"]![1]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"id":"partner-admins","displayName":"Partner admins"}""", SeedRefusal.Malformed, "its id is not a GUID")]
    [InlineData("""{"displayName":"Dynamic","groupTypes":["DynamicMembership"],"membershipRule":"user.userType -eq \"Guest\""}""", SeedRefusal.Malformed, "dynamic membership")]
    [InlineData("""{"displayName":"Typo","securityEnabld":true}""", SeedRefusal.Malformed, "'securityEnabld'")]
    [InlineData("""{"displayName":"Cased","SecurityEnabled":true}""", SeedRefusal.Malformed, "'SecurityEnabled'")]
    [InlineData("""{"displayName":"Team","groupTypes":["Unified"],"members":["e0000000-0000-4000-8000-0000000000e1"]}""", SeedRefusal.MemberNotAllowed, "Microsoft 365 group")]
    [InlineData("""{"id":"6a1f0000-0000-4000-8000-0000000000a1","displayName":"Same as Alex"}""", SeedRefusal.Malformed, "property id already exists")]
    [InlineData("""{"displayName":"Ghosts","members":["6a1f0000-0000-4000-8000-0000000000ff"]}""", SeedRefusal.MemberNotFound, "'6a1f0000-0000-4000-8000-0000000000ff'")]
    [InlineData("""{"displayName":"Holds a role","members":["d0000000-0000-4000-8000-0000000000d1"]}""", SeedRefusal.MemberNotAllowed, "cannot hold")]
    public void A_group_the_local_tenant_cannot_hold_is_refused_by_kind_and_name(string group, SeedRefusal kind, string says)
    {
        var refused = Assert.Throws<InvalidSeedException>(() => _tenant.Store.AddGroup(Json(group)));

        Assert.Equal(kind, refused.Kind);
        Assert.StartsWith("groups[0] ('", refused.Message, StringComparison.Ordinal);
        Assert.Contains(says, refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, _tenant.Store.Groups().Count);
    }

    [Fact]
    public void A_group_in_a_directory_role_is_refused_as_role_assignable_groups_are_not_emulated()
    {
        var refused = Assert.Throws<InvalidSeedException>(() => _tenant.Store.AddDirectoryRole(Json($$"""
            {"roleTemplateId":"62e90394-69f5-4237-9190-012177145e10","displayName":"Global Administrator","members":["{{PartnerAdmins}}"]}
            """)));

        Assert.Equal(SeedRefusal.MemberNotAllowed, refused.Kind);
        Assert.Contains("directoryRoles[0] ('Global Administrator')", refused.Message, StringComparison.Ordinal);
        Assert.Single(_tenant.Store.DirectoryRoles());
    }

    [Fact]
    public async Task Groups_roles_and_their_members_are_persisted_like_the_other_kinds()
    {
        var directory = Path.Combine(Path.GetTempPath(), "groups-" + Guid.NewGuid());
        var killed = directory + "-killed";
        try
        {
            await using (var first = await LocalTenant.StartAsync(new EmulatorOptions { DataDirectory = directory }))
            {
                Seed(first.Store);
                // A copy taken while it runs is what a kill leaves: the journal alone must carry them.
                Directory.CreateDirectory(killed);
                File.Copy(Path.Combine(directory, "journal.jsonl"), Path.Combine(killed, "journal.jsonl"));
            }
            await using (var replayed = await LocalTenant.StartAsync(new EmulatorOptions { DataDirectory = killed }))
            {
                Assert.Equal(4, (await Harness.Graph(replayed, "Directory.Read.All").Users[Alex].TransitiveMemberOf.GetAsync())!.Value!.Count);
            }
            await using var restarted = await LocalTenant.StartAsync(new EmulatorOptions { DataDirectory = directory });
            Assert.Equal(["Partner admins", "All partners", "Everyone"], restarted.Store.Groups().Select(g => (string?)g["displayName"]));
            Assert.Equal(2, (await Harness.Graph(restarted, "GroupMember.Read.All").Groups[PartnerAdmins].Members.GetAsync())!.Value!.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
            Directory.Delete(killed, recursive: true);
        }
    }

    private static string? Name(DirectoryObject item) => item switch
    {
        Group g => g.DisplayName,
        DirectoryRole r => r.DisplayName,
        _ => item.Id,
    };

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
