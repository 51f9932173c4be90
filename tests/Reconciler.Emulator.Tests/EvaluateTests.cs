using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Identity.ConditionalAccess.Evaluate;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

/// <summary>POST /identity/conditionalAccess/evaluate through the real SDK: the documented subset of the What If API.</summary>
public sealed class EvaluateTests : IAsyncLifetime
{
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    private const string Fabrikam = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
    private const string Guest = "6a1f0000-0000-4000-8000-0000000000a1";
    private const string BreakGlass = "6a1f0000-0000-4000-8000-0000000000b9";

    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant, "Policy.Read.ConditionalAccess");
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task A_guest_signing_in_to_the_targeted_app_is_covered_by_the_guest_policy()
    {
        AddPolicy("Guests MFA");

        var result = Assert.Single(await EvaluateAsync(GuestSignIn()));

        Assert.Equal("Guests MFA", result.DisplayName);
        Assert.True(result.PolicyApplies);
        Assert.Equal(WhatIfAnalysisReasons.NotSet, result.AnalysisReasons);
        Assert.Equal(ConditionalAccessPolicyState.Enabled, result.State);
        Assert.Equal([ConditionalAccessGrantControl.Mfa], result.GrantControls!.BuiltInControls!.Cast<ConditionalAccessGrantControl>());
    }

    [Fact]
    public async Task An_excluded_user_and_a_member_are_left_out_for_users()
    {
        AddPolicy("Guests MFA", excludeUsers: [BreakGlass]);

        var excluded = Assert.Single(await EvaluateAsync(GuestSignIn(userId: BreakGlass)));
        var member = Assert.Single(await EvaluateAsync(new UserSignIn { UserId = Guest }));

        Assert.False(excluded.PolicyApplies);
        Assert.Equal(WhatIfAnalysisReasons.Users, excluded.AnalysisReasons);
        Assert.Equal(WhatIfAnalysisReasons.Users, member.AnalysisReasons);
    }

    /// <summary>
    /// Alex is in Partner admins (and, through nesting, Everyone) and holds Security Reader; Sam holds nothing, Megan is in
    /// All partners without the role. Each verdict turns on a membership, the other user's the other way.
    /// </summary>
    [Theory]
    [InlineData("Group exclusion", """ "includeUsers":["All"],"excludeGroups":["e0000000-0000-4000-8000-0000000000e1"] """, false)]
    [InlineData("Nested group exclusion", """ "includeUsers":["All"],"excludeGroups":["e0000000-0000-4000-8000-0000000000e3"] """, false)]
    [InlineData("Role inclusion", """ "includeRoles":["5d6b6bb7-de71-4623-b4af-96380a352509"] """, true)]
    [InlineData("Role exclusion", """ "includeUsers":["All"],"excludeRoles":["5d6b6bb7-de71-4623-b4af-96380a352509"] """, false)]
    [InlineData("Group inclusion beaten by a role exclusion", """ "includeGroups":["e0000000-0000-4000-8000-0000000000e2"],"excludeRoles":["5d6b6bb7-de71-4623-b4af-96380a352509"] """, false, GroupAndRoleTests.Megan)]
    public async Task Group_and_role_conditions_decide_by_the_users_transitive_groups_and_role_templates(string name, string users, bool appliesToAlex, string? contrast = null)
    {
        GroupAndRoleTests.Seed(_tenant.Store);
        var sam = (string)_tenant.Store.AddGuest("sam@fabrikam.example")["id"]!;
        _tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse($$$"""
            {"displayName":"{{{name}}}","state":"enabled",
             "conditions":{"applications":{"includeApplications":["{{{AzureManagement}}}"]},"users":{ {{{users}}} }},
             "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
            """)!.AsObject());

        var alex = Assert.Single(await EvaluateAsync(GuestSignIn(GroupAndRoleTests.Alex)));
        var other = Assert.Single(await EvaluateAsync(GuestSignIn(contrast ?? sam)));

        Assert.Equal(appliesToAlex, alex.PolicyApplies);
        Assert.Equal(appliesToAlex ? WhatIfAnalysisReasons.NotSet : WhatIfAnalysisReasons.Users, alex.AnalysisReasons);
        Assert.Equal(!appliesToAlex, other.PolicyApplies);
    }

    [Fact]
    public async Task Enumerated_external_tenants_cover_only_their_members()
    {
        AddPolicy("Fabrikam guests", tenants: """{"@odata.type":"#microsoft.graph.conditionalAccessEnumeratedExternalTenants","membershipKind":"enumerated","members":["3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"]}""");

        Assert.True(Assert.Single(await EvaluateAsync(GuestSignIn(homeTenant: Fabrikam))).PolicyApplies);
        Assert.Equal(WhatIfAnalysisReasons.Users, Assert.Single(await EvaluateAsync(GuestSignIn(homeTenant: Guid.NewGuid().ToString()))).AnalysisReasons);
    }

    [Fact]
    public async Task Disabled_policies_are_not_evaluated_and_report_only_ones_are()
    {
        AddPolicy("Old pilot", state: "disabled");
        AddPolicy("Trial", state: "enabledForReportingButNotEnforced");

        var results = await EvaluateAsync(GuestSignIn());

        Assert.Equal(WhatIfAnalysisReasons.PolicyNotEnabled, results.Single(r => r.DisplayName == "Old pilot").AnalysisReasons);
        Assert.True(results.Single(r => r.DisplayName == "Trial").PolicyApplies);
    }

    [Fact]
    public async Task App_groups_never_match_an_app_id_and_other_apps_are_left_out_for_application()
    {
        AddPolicy("Office guests", app: "Office365");
        AddPolicy("All apps", app: "All");

        var results = await EvaluateAsync(GuestSignIn());

        Assert.Equal(WhatIfAnalysisReasons.Application, results.Single(r => r.DisplayName == "Office guests").AnalysisReasons);
        Assert.True(results.Single(r => r.DisplayName == "All apps").PolicyApplies);
    }

    [Fact]
    public async Task A_condition_the_sign_in_does_not_supply_names_itself_as_the_first_failure()
    {
        AddPolicy("Browsers on iOS", extraConditions: """ "clientAppTypes":["browser"], "platforms":{"includePlatforms":["iOS"]} """);
        AddPolicy("Risky", extraConditions: """ "signInRiskLevels":["high"] """);
        AddPolicy("Outside", extraConditions: """ "locations":{"includeLocations":["All"],"excludeLocations":["AllTrusted"]} """);

        var unknown = await EvaluateAsync(GuestSignIn());
        var supplied = await EvaluateAsync(GuestSignIn(), new SignInConditions
        {
            ClientAppType = ConditionalAccessClientApp.Browser,
            DevicePlatform = ConditionalAccessDevicePlatform.IOS,
            SignInRiskLevel = RiskLevel.High,
        });

        Assert.Equal(WhatIfAnalysisReasons.DevicePlatform, unknown.Single(r => r.DisplayName == "Browsers on iOS").AnalysisReasons);
        Assert.Equal(WhatIfAnalysisReasons.SignInRisk, unknown.Single(r => r.DisplayName == "Risky").AnalysisReasons);
        Assert.Equal(WhatIfAnalysisReasons.Location, unknown.Single(r => r.DisplayName == "Outside").AnalysisReasons);
        Assert.True(supplied.Single(r => r.DisplayName == "Browsers on iOS").PolicyApplies);
        Assert.True(supplied.Single(r => r.DisplayName == "Risky").PolicyApplies);
    }

    [Fact]
    public async Task Applied_policies_only_leaves_out_those_that_do_not_apply()
    {
        AddPolicy("Guests MFA");
        AddPolicy("Old pilot", state: "disabled");

        var response = await _graph.Identity.ConditionalAccess.Evaluate.PostAsEvaluatePostResponseAsync(Body(GuestSignIn(), appliedOnly: true));

        Assert.Equal("Guests MFA", Assert.Single(response!.Value!).DisplayName);
    }

    [Fact]
    public async Task The_wire_carries_reasons_as_one_flags_string_in_a_what_if_collection()
    {
        AddPolicy("Guests MFA");
        using var http = Harness.Raw(_tenant, _tenant.CreateToken(["Policy.Read.All"]));
        var body = $$$"""{"signInIdentity":{"@odata.type":"#microsoft.graph.userSignIn","userId":"{{{Guest}}}"},"signInContext":{"@odata.type":"#microsoft.graph.applicationContext","includeApplications":["{{{AzureManagement}}}"]},"signInConditions":{}}""";

        var response = await http.PostAsync("identity/conditionalAccess/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("$metadata#Collection(microsoft.graph.whatIfAnalysisResult)", (string?)json["@odata.context"]);
        Assert.Equal("users", (string?)json["value"]![0]!["analysisReasons"]);
        Assert.False((bool)json["value"]![0]!["policyApplies"]!);
    }

    [Fact]
    public async Task Sign_ins_outside_the_subset_are_rejected_with_400()
    {
        var servicePrincipal = new EvaluatePostRequestBody
        {
            SignInIdentity = new ServicePrincipalSignIn { ServicePrincipalId = Guid.NewGuid().ToString() },
            SignInContext = new ApplicationContext { IncludeApplications = [AzureManagement] },
            SignInConditions = new SignInConditions(),
        };

        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Identity.ConditionalAccess.Evaluate.PostAsEvaluatePostResponseAsync(servicePrincipal));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Contains("servicePrincipalSignIn is not emulated", error.Error!.Message);
    }

    [Fact]
    public async Task Evaluating_needs_a_conditional_access_read_permission()
    {
        var graph = Harness.Graph(_tenant, "User.Read.All");

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Identity.ConditionalAccess.Evaluate.PostAsEvaluatePostResponseAsync(Body(GuestSignIn())));

        Assert.Equal(403, error.ResponseStatusCode);
    }

    private void AddPolicy(string name, string state = "enabled", string app = AzureManagement, string[]? excludeUsers = null,
        string tenants = """{"@odata.type":"#microsoft.graph.conditionalAccessAllExternalTenants","membershipKind":"all"}""", string? extraConditions = null)
    {
        var excluded = string.Join(",", (excludeUsers ?? []).Select(id => $"\"{id}\""));
        var extra = extraConditions is null ? "" : "," + extraConditions;
        _tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse($$$"""
            {"displayName":"{{{name}}}","state":"{{{state}}}",
             "conditions":{"applications":{"includeApplications":["{{{app}}}"]},
                           "users":{"excludeUsers":[{{{excluded}}}],
                                    "includeGuestsOrExternalUsers":{"guestOrExternalUserTypes":"b2bCollaborationGuest,internalGuest","externalTenants":{{{tenants}}}}}{{{extra}}}},
             "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
            """)!.AsObject());
    }

    private static UserSignIn GuestSignIn(string userId = Guest, string homeTenant = Fabrikam) => new()
    {
        UserId = userId,
        ExternalTenantId = homeTenant,
        ExternalUserType = ConditionalAccessGuestOrExternalUserTypes.B2bCollaborationGuest,
    };

    private async Task<List<WhatIfAnalysisResult>> EvaluateAsync(UserSignIn identity, SignInConditions? conditions = null) =>
        (await _graph.Identity.ConditionalAccess.Evaluate.PostAsEvaluatePostResponseAsync(Body(identity, conditions: conditions)))!.Value!;

    private static EvaluatePostRequestBody Body(UserSignIn identity, bool appliedOnly = false, SignInConditions? conditions = null) => new()
    {
        SignInIdentity = identity,
        SignInContext = new ApplicationContext { IncludeApplications = [AzureManagement] },
        SignInConditions = conditions ?? new SignInConditions(),
        AppliedPoliciesOnly = appliedOnly,
    };
}
