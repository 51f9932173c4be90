using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>
/// `whatif --against live` on policies that include and exclude groups and roles: our evaluator reads the guest's
/// transitive memberships from the tenant and decides, and the local tenant's own What If, which knows the groups and
/// roles too, agrees on every policy. A token that may not read roles leaves role conditions undecided, with a note.
/// </summary>
public class GroupAndRoleWhatIfScenarios
{
    private const string AzureManagement = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    private const string PartnerAdmins = "e0000000-0000-4000-8000-0000000000e1";
    private const string Everyone = "e0000000-0000-4000-8000-0000000000e3";
    private const string SecurityReader = "5d6b6bb7-de71-4623-b4af-96380a352509";
    private const string SamEmail = "sam@fabrikam.example";

    private const string Guests = """ "includeGuestsOrExternalUsers":{"guestOrExternalUserTypes":"b2bCollaborationGuest","externalTenants":{"@odata.type":"#microsoft.graph.conditionalAccessAllExternalTenants","membershipKind":"all"}} """;

    /// <summary>Each policy, and whether it applies to Alex (in Partner admins, so in Everyone, and a Security Reader); Sam holds nothing.</summary>
    private static readonly (string Name, string Users, bool ForAlex)[] Policies =
    [
        ("Guests but not partner admins", $$"""{{Guests}},"excludeGroups":["{{PartnerAdmins}}"]""", false),
        ("Guests but not everyone", $$"""{{Guests}},"excludeGroups":["{{Everyone}}"]""", false),
        ("Security readers", $$""" "includeRoles":["{{SecurityReader}}"] """, true),
        ("Everyone but security readers", $$""" "includeUsers":["All"],"excludeRoles":["{{SecurityReader}}"] """, false),
    ];

    [Fact]
    public async Task GroupExclusionsANestedGroupARoleInclusionAndARoleExclusionAreDecidedAndBothVerdictsAgree()
    {
        await using var tenant = await StartAsync();
        using var stack = StackFolder.WithSample();

        var alex = await WhatIfAsync(tenant, stack, TenantFixture.AlexEmail);
        var sam = await WhatIfAsync(tenant, stack, SamEmail);

        foreach (var (name, _, forAlex) in Policies)
        {
            Assert.Equal(forAlex ? [] : ["users"], Reasons(Ours(alex, name)).AsEnumerable());
            Assert.Equal(forAlex ? ["users"] : [], Reasons(Ours(sam, name)).AsEnumerable());
            foreach (var report in new[] { alex, sam })
            {
                var graph = Graph(report, name);
                Assert.True((bool)graph["agrees"]!, $"{name}: {report}");
                Assert.Equal((bool)Ours(report, name)["applies"]!, (bool)graph["applies"]!);
            }
        }
        Assert.Contains(tenant.Tenant.Requests.Entries, r => r.PathAndQuery.Contains("/transitiveMemberOf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATokenThatMayNotReadRolesDecidesGroupsAndLeavesRolesUndecidedWithANote()
    {
        await using var tenant = await StartAsync();
        using var stack = StackFolder.WithSample();

        var result = await CliRunner.RunAsync(stack.Path, FastRetries.Environment(tenant.Tenant.CreateToken(["User.Read.All", "Policy.Read.All"])),
            "whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--against", "live", "--output", "json", "--graph-url", tenant.GraphUrl);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("info B2B2106: role conditions stay notEnoughInformation for alex@fabrikam.example", result.Stderr, StringComparison.Ordinal);
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(["users"], Reasons(Ours(report, "Guests but not everyone")));
        Assert.Equal(["notEnoughInformation"], Reasons(Ours(report, "Security readers")));
    }

    [Fact]
    public async Task AUserTheTenantDoesNotHoldKeepsNotEnoughInformationWithANote()
    {
        await using var tenant = await StartAsync();
        using var stack = StackFolder.WithSample();

        var result = await tenant.RunAsync(stack, "whatif", "--user", "nobody@fabrikam.example", "--app", AzureManagement, "--against", "live", "--output", "json");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("info B2B2105: group and role conditions stay notEnoughInformation for nobody@fabrikam.example: the user is not in the tenant", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notEnoughInformation"], Reasons(Ours(JsonNode.Parse(result.Stdout)!, "Security readers")));
        Assert.DoesNotContain(tenant.Tenant.Requests.Entries, r => r.PathAndQuery.Contains("MemberOf", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AMembershipReadThatFailsIsItsCodedErrorAfterTheReport()
    {
        await using var tenant = await StartAsync();
        using var stack = StackFolder.WithSample();
        var alex = (string)tenant.UsersWithMail(TenantFixture.AlexEmail).Single()["id"]!;
        tenant.Tenant.Faults.Add($"GET /users/{alex}/transitiveMemberOf=503");

        var result = await FastRetries.RunAsync(tenant.Tenant, stack, "whatif", "--user", TenantFixture.AlexEmail, "--app", AzureManagement, "--against", "live", "--output", "json");

        Assert.True(result.ExitCode == 1, result.All);
        Assert.Contains("error B2B3", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notEnoughInformation"], Reasons(Ours(JsonNode.Parse(result.Stdout)!, "Security readers")));
    }

    [Fact]
    public async Task WithoutGroupOrRoleConditionsNoMembershipIsRead()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        tenant.Store.AddGuest(TenantFixture.AlexEmail);
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        await WhatIfAsync(tenant, stack, TenantFixture.AlexEmail);

        Assert.DoesNotContain(tenant.Tenant.Requests.Entries, r => r.PathAndQuery.Contains("MemberOf", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<TenantFixture> StartAsync()
    {
        var tenant = await TenantFixture.StartAsync();
        var alex = (string)tenant.Store.AddGuest(TenantFixture.AlexEmail, "Alex Wilber (Fabrikam)")["id"]!;
        tenant.Store.AddGuest(SamEmail, "Sam");
        tenant.Store.AddGroup(Json($$"""{"id":"{{PartnerAdmins}}","displayName":"Partner admins","members":["{{alex}}"]}"""));
        tenant.Store.AddGroup(Json($$"""{"id":"{{Everyone}}","displayName":"Everyone","members":["{{PartnerAdmins}}"]}"""));
        tenant.Store.AddDirectoryRole(Json($$"""{"roleTemplateId":"{{SecurityReader}}","displayName":"Security Reader","members":["{{alex}}"]}"""));
        foreach (var (name, users, _) in Policies)
        {
            tenant.Store.AddConditionalAccessPolicy(Json($$$"""
                {"displayName":"{{{name}}}","state":"enabled",
                 "conditions":{"applications":{"includeApplications":["{{{AzureManagement}}}"]},"users":{ {{{users}}} }},
                 "grantControls":{"operator":"OR","builtInControls":["mfa"]}}
                """));
        }
        return tenant;
    }

    private static async Task<JsonNode> WhatIfAsync(TenantFixture tenant, StackFolder stack, string user)
    {
        var result = await tenant.RunAsync(stack, "whatif", "--user", user, "--app", AzureManagement, "--against", "live", "--output", "json");
        Assert.True(result.ExitCode == 0, result.All);
        Assert.DoesNotContain("B2B2105", result.Stderr, StringComparison.Ordinal);
        return JsonNode.Parse(result.Stdout)!;
    }

    private static JsonNode Ours(JsonNode report, string name) =>
        report["policies"]!.AsArray().Single(p => (string?)p!["displayName"] == name)!;

    private static JsonNode Graph(JsonNode report, string name) =>
        report["graph"]!["policies"]!.AsArray().Single(p => (string?)p!["displayName"] == name)!;

    private static string[] Reasons(JsonNode policy) => [.. policy["reasons"]!.AsArray().Select(r => (string)r!)];

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();
}
