using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class ConditionalAccessTests : IAsyncLifetime
{
    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    internal static ConditionalAccessPolicy GuestMfaPolicy() => new()
    {
        DisplayName = "Guests MFA for Azure management",
        State = ConditionalAccessPolicyState.EnabledForReportingButNotEnforced,
        Conditions = new ConditionalAccessConditionSet
        {
            ClientAppTypes = [ConditionalAccessClientApp.All],
            Applications = new ConditionalAccessApplications { IncludeApplications = ["797f4846-ba00-4fd7-ba43-dac1f8f63013"] },
            Users = new ConditionalAccessUsers
            {
                IncludeGuestsOrExternalUsers = new ConditionalAccessGuestsOrExternalUsers
                {
                    GuestOrExternalUserTypes = ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest | ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationMember,
                    ExternalTenants = new ConditionalAccessAllExternalTenants { MembershipKind = ConditionalAccessExternalTenantsMembershipKind.All },
                },
            },
        },
        GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = [ConditionalAccessGrantControl.Mfa] },
    };

    [Fact]
    public async Task Create_get_patch_delete_with_server_filled_shape()
    {
        var created = await _graph.Identity.ConditionalAccess.Policies.PostAsync(GuestMfaPolicy());
        Assert.NotNull(created!.Id);
        Assert.NotNull(created.CreatedDateTime);
        Assert.Null(created.ModifiedDateTime);
        Assert.Empty(created.Conditions!.Users!.IncludeUsers!);
        Assert.Empty(created.Conditions.SignInRiskLevels!);
        Assert.Null(created.Conditions.Platforms);
        Assert.Null(created.SessionControls);
        Assert.IsType<ConditionalAccessAllExternalTenants>(created.Conditions.Users.IncludeGuestsOrExternalUsers!.ExternalTenants);
        Assert.Equal(ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest | ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationMember,
            created.Conditions.Users.IncludeGuestsOrExternalUsers.GuestOrExternalUserTypes);
        ModelAssert.OnlyKnownProperties(created);

        var stored = _tenant.Store.GetConditionalAccessPolicy(created.Id!)!;
        Assert.Null(stored["templateId"]);
        Assert.True(stored.ContainsKey("deletedDateTime"));
        Assert.Equal("b2bCollaborationGuest,b2bCollaborationMember",
            stored["conditions"]!["users"]!["includeGuestsOrExternalUsers"]!["guestOrExternalUserTypes"]!.GetValue<string>());

        await _graph.Identity.ConditionalAccess.Policies[created.Id].PatchAsync(new ConditionalAccessPolicy
        {
            State = ConditionalAccessPolicyState.Enabled,
            Conditions = new ConditionalAccessConditionSet { Users = new ConditionalAccessUsers { IncludeUsers = ["All"], ExcludeUsers = ["GuestsOrExternalUsers"] } },
        });
        var patched = await _graph.Identity.ConditionalAccess.Policies[created.Id].GetAsync();
        Assert.Equal(ConditionalAccessPolicyState.Enabled, patched!.State);
        Assert.NotNull(patched.ModifiedDateTime);
        Assert.Equal(["All"], patched.Conditions!.Users!.IncludeUsers!);
        Assert.Null(patched.Conditions.Users.IncludeGuestsOrExternalUsers); // users replaced as a whole
        Assert.Equal(["797f4846-ba00-4fd7-ba43-dac1f8f63013"], patched.Conditions.Applications!.IncludeApplications!); // sibling kept
        ModelAssert.OnlyKnownProperties(patched);

        var list = await _graph.Identity.ConditionalAccess.Policies.GetAsync();
        Assert.Single(list!.Value!);
        ModelAssert.OnlyKnownProperties(list);

        await _graph.Identity.ConditionalAccess.Policies[created.Id].DeleteAsync();
        var gone = await Assert.ThrowsAsync<ODataError>(() => _graph.Identity.ConditionalAccess.Policies[created.Id].GetAsync());
        Assert.Equal(404, gone.ResponseStatusCode);
    }

    [Theory]
    [InlineData("\"excludeUserActions\":[],", "1007:")]
    [InlineData("\"DisplayName\":\"x\",", "1007:")]
    [InlineData("", null)]
    public async Task Schema_is_checked(string extra, string? prefix)
    {
        var body = "{" + extra + """
            "displayName":"p","state":"enabled","conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},
            "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
            """;
        using var http = Harness.Raw(_tenant, _tenant.CreateToken("Policy.ReadWrite.ConditionalAccess"));
        using var response = await http.PostAsync("identity/conditionalAccess/policies", new StringContent(body, Encoding.UTF8, "application/json"));
        if (prefix is null)
        {
            Assert.Equal(201, (int)response.StatusCode);
            return;
        }
        Assert.Equal(400, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        Assert.StartsWith(prefix, error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("state", "\"sometimes\"")]
    [InlineData("grantControls", "{\"operator\":\"OR\",\"builtInControls\":[\"block\",\"mfa\"]}")]
    [InlineData("grantControls", "{\"operator\":\"OR\",\"builtInControls\":[\"passwordChange\",\"mfa\"]}")]
    [InlineData("grantControls", "null")]
    [InlineData("displayName", "\"\"")]
    public async Task Invalid_combinations_are_400(string property, string value)
    {
        var body = JsonNode.Parse("""
            {"displayName":"p","state":"enabled","conditions":{"applications":{"includeApplications":["All"]},"users":{"includeUsers":["All"]}},
             "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
            """)!.AsObject();
        body[property] = JsonNode.Parse(value);
        using var http = Harness.Raw(_tenant, _tenant.CreateToken("Policy.ReadWrite.ConditionalAccess"));
        using var response = await http.PostAsync("identity/conditionalAccess/policies", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Patch_is_validated_as_a_whole()
    {
        var created = await _graph.Identity.ConditionalAccess.Policies.PostAsync(GuestMfaPolicy());
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Identity.ConditionalAccess.Policies[created!.Id].PatchAsync(new ConditionalAccessPolicy
        {
            GrantControls = new ConditionalAccessGrantControls { Operator = "OR", BuiltInControls = [ConditionalAccessGrantControl.Block, ConditionalAccessGrantControl.Mfa] },
        }));
        Assert.Equal(400, error.ResponseStatusCode);
    }
}
