using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class InvitationAndUserTests : IAsyncLifetime
{
    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private Task<Invitation?> InviteAsync(string email) => _graph.Invitations.PostAsync(new Invitation
    {
        InvitedUserEmailAddress = email,
        InviteRedirectUrl = "https://myapps.microsoft.com",
        InvitedUserDisplayName = "Alice",
        SendInvitationMessage = false,
    });

    [Fact]
    public async Task Invitation_creates_pending_guest_with_ext_upn()
    {
        var invitation = await InviteAsync("alice@fabrikam.example");

        Assert.NotNull(invitation?.InvitedUser?.Id);
        Assert.StartsWith("https://login.microsoftonline.com/redeem?rd=", invitation!.InviteRedeemUrl);
        Assert.Equal("PendingAcceptance", invitation.Status);
        ModelAssert.OnlyKnownProperties(invitation);

        var user = await _graph.Users[invitation.InvitedUser!.Id].GetAsync(rc => rc.QueryParameters.Select =
            ["id", "mail", "userPrincipalName", "userType", "externalUserState", "creationType", "accountEnabled", "otherMails", "identities"]);
        Assert.Equal("alice_fabrikam.example#EXT#@contoso.onmicrosoft.com", user!.UserPrincipalName);
        Assert.Equal("Guest", user.UserType);
        Assert.Equal("Invitation", user.CreationType);
        Assert.Equal("PendingAcceptance", user.ExternalUserState);
        Assert.Equal("alice@fabrikam.example", user.Mail);
        Assert.True(user.AccountEnabled);
        ModelAssert.OnlyKnownProperties(user);

        // The SDK percent-encodes #EXT# in the key; the emulator must decode it.
        var byUpn = await _graph.Users[user.UserPrincipalName].GetAsync();
        Assert.Equal(user.Id, byUpn!.Id);
    }

    [Fact]
    public async Task Reinvite_adopts_existing_guest()
    {
        var first = await InviteAsync("bob@fabrikam.example");
        var second = await InviteAsync("BOB@fabrikam.example");

        Assert.Equal(first!.InvitedUser!.Id, second!.InvitedUser!.Id);
        Assert.NotEqual(first.InviteRedeemUrl, second.InviteRedeemUrl);
        Assert.Single(_tenant.Store.Users());
    }

    [Fact]
    public async Task Invitation_of_member_or_deleted_guest_email_is_rejected()
    {
        _tenant.Store.AddMember("carol@fabrikam.example");
        var member = await Assert.ThrowsAsync<ODataError>(() => InviteAsync("carol@fabrikam.example"));
        Assert.Equal(400, member.ResponseStatusCode);
        Assert.Contains("already exists in the directory", member.Message);

        var guest = await InviteAsync("dave@fabrikam.example");
        await _graph.Users[guest!.InvitedUser!.Id].DeleteAsync();
        var deleted = await Assert.ThrowsAsync<ODataError>(() => InviteAsync("dave@fabrikam.example"));
        Assert.Equal(400, deleted.ResponseStatusCode);
    }

    [Theory]
    [InlineData("{\"inviteRedirectUrl\":\"https://x\"}")]
    [InlineData("{\"invitedUserEmailAddress\":\"a@b.example\"}")]
    [InlineData("{\"invitedUserEmailAddress\":\"a(b@b.example\",\"inviteRedirectUrl\":\"https://x\"}")]
    public async Task Invitation_validates_required_fields(string body)
    {
        using var http = Harness.Raw(_tenant, _tenant.CreateToken([.. LocalTenant.AllRoles]));
        using var response = await http.PostAsync("invitations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.NotNull(error["innerError"]!["request-id"]);
        Assert.True(response.Headers.Contains("request-id"));
    }

    [Fact]
    public async Task User_without_select_returns_default_property_set_only()
    {
        _tenant.Store.AddGuest("erin@fabrikam.example");
        using var http = Harness.Raw(_tenant, _tenant.CreateToken("User.Read.All"));
        var page = JsonNode.Parse(await http.GetStringAsync("users"))!;
        var user = page["value"]![0]!.AsObject();
        Assert.Equal(
            ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName"],
            user.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.EndsWith("/$metadata#users", page["@odata.context"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_and_soft_delete_then_restore()
    {
        var guest = _tenant.Store.AddGuest("frank@fabrikam.example");
        var id = guest["id"]!.GetValue<string>();

        await _graph.Users[id].PatchAsync(new User { DisplayName = "Frank F." });
        Assert.Equal("Frank F.", _tenant.Store.GetUser(id)!["displayName"]!.GetValue<string>());

        await _graph.Users[id].DeleteAsync();
        var missing = await Assert.ThrowsAsync<ODataError>(() => _graph.Users[id].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
        Assert.Equal("Request_ResourceNotFound", missing.Error!.Code);

        var deleted = await _graph.Directory.DeletedItems.GraphUser.GetAsync();
        var item = Assert.Single(deleted!.Value!);
        Assert.Equal(id, item.Id);
        Assert.NotNull(item.DeletedDateTime);
        ModelAssert.OnlyKnownProperties(deleted);

        var restored = await _graph.Directory.DeletedItems[id].Restore.PostAsync();
        Assert.IsType<User>(restored);
        Assert.Equal(id, restored!.Id);
        Assert.NotNull(await _graph.Users[id].GetAsync());
        Assert.Empty(_tenant.Store.DeletedUsers());

        await _graph.Users[id].DeleteAsync();
        await _graph.Directory.DeletedItems[id].DeleteAsync();
        Assert.Empty(_tenant.Store.DeletedUsers());
        Assert.Empty(_tenant.Store.Users());
    }

    [Fact]
    public async Task Organization_and_tenant_information()
    {
        var org = await _graph.Organization.GetAsync();
        var single = Assert.Single(org!.Value!);
        Assert.Equal(_tenant.TenantId, single.Id);
        Assert.Equal("contoso.onmicrosoft.com", Assert.Single(single.VerifiedDomains!).Name);
        ModelAssert.OnlyKnownProperties(org);

        var other = "11111111-2222-3333-4444-555555555555";
        _tenant.Store.AddTenantInformation(other, "Fabrikam", "fabrikam.example");
        var info = await _graph.TenantRelationships.FindTenantInformationByTenantIdWithTenantId(other).GetAsync();
        Assert.Equal("Fabrikam", info!.DisplayName);
        Assert.Equal("fabrikam.example", info.DefaultDomainName);
        ModelAssert.OnlyKnownProperties(info);
    }

    [Fact]
    public async Task A_guest_email_domain_finds_its_home_tenant()
    {
        var fabrikam = "11111111-2222-3333-4444-555555555555";
        _tenant.Store.AddTenantInformation(fabrikam, "Fabrikam", "fabrikam.example");

        var found = await _graph.TenantRelationships.FindTenantInformationByDomainNameWithDomainName("Fabrikam.Example").GetAsync();
        Assert.Equal(fabrikam, found!.TenantId);
        Assert.Equal("Fabrikam", found.DisplayName);
        ModelAssert.OnlyKnownProperties(found);

        var own = await _graph.TenantRelationships.FindTenantInformationByDomainNameWithDomainName("contoso.onmicrosoft.com").GetAsync();
        Assert.Equal(_tenant.TenantId, own!.TenantId);

        var unknown = await Assert.ThrowsAsync<ODataError>(() =>
            _graph.TenantRelationships.FindTenantInformationByDomainNameWithDomainName("nowhere.example").GetAsync());
        Assert.Equal(404, unknown.ResponseStatusCode);
    }
}
