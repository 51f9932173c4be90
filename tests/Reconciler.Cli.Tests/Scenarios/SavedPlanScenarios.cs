using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Cli.Tests.Support;

namespace Reconciler.Cli.Tests.Scenarios;

/// <summary>What was reviewed is what is applied: plan --save, then apply FILE, or nothing at all.</summary>
public class SavedPlanScenarios
{
    private const string PolicyName = "Require MFA for B2B portal access";

    [Fact]
    public async Task ASavedPlanAppliesExactlyItsWrites()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();

        var plan = await tenant.RunAsync(stack, "plan", "--save", "plan.json");
        Assert.True(plan.ExitCode == 2, plan.All);
        var saved = SavedActions(stack);
        Assert.Equal(
            ["create crossTenantAccessPartner " + TenantFixture.FabrikamTenantId, "create guest " + TenantFixture.AlexEmail, "create conditionalAccessPolicy " + PolicyName],
            saved);
        Assert.Equal(0, tenant.Tenant.Requests.WriteCount);

        var apply = await tenant.RunAsync(stack, "apply", "plan.json", "--yes");

        Assert.True(apply.ExitCode == 0, apply.All);
        // One write per saved action, and nothing else (stages may go out in parallel, so compare as sets).
        var writes = tenant.Tenant.Requests.Entries.Where(r => r.IsWrite).Select(r => $"{r.Method} {r.PathAndQuery}").Order(StringComparer.Ordinal);
        Assert.Equal(["POST /identity/conditionalAccess/policies", "POST /invitations", "POST /policies/crossTenantAccessPolicy/partners"], writes);
        Assert.Single(tenant.UsersWithMail(TenantFixture.AlexEmail));
        Assert.Single(tenant.PoliciesNamed(PolicyName));
        Assert.Single(tenant.Store.Partners());
        Assert.Equal(0, (await tenant.RunAsync(stack, "plan")).ExitCode);
    }

    [Fact]
    public async Task AHandChangeToATouchedObjectAfterReviewRefusesTheSavedPlanAndWritesNothing()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);

        // The pull request turns the policy off; the reviewer approves that plan.
        stack.Edit("state: enabled", "state: disabled");
        Assert.Equal(2, (await tenant.RunAsync(stack, "plan", "--save", "plan.json")).ExitCode);
        Assert.Equal(["update conditionalAccessPolicy Require MFA for B2B portal access"], SavedActions(stack));

        // Before the merge, someone switches the policy to report-only in the portal. The saved write ("state:
        // disabled") would read the same, so only the object's fingerprint can tell.
        var policyId = (string)tenant.PoliciesNamed(PolicyName)[0]["id"]!;
        await PatchThroughGraphAsync(tenant, $"identity/conditionalAccess/policies/{policyId}", """{ "state": "enabledForReportingButNotEnforced" }""");
        var writesBefore = tenant.Tenant.Requests.WriteCount;

        var apply = await tenant.RunAsync(stack, "apply", "plan.json", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2304: conditionalAccessPolicy Require MFA for B2B portal access changed", apply.Stderr);
        Assert.DoesNotContain("   at ", apply.All);
        Assert.Equal(writesBefore, tenant.Tenant.Requests.WriteCount);
        Assert.Equal("enabledForReportingButNotEnforced", (string?)tenant.PoliciesNamed(PolicyName)[0]["state"]);
    }

    [Fact]
    public async Task AnEditedStackRefusesTheSavedPlanBeforeTheTenantIsRead()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(2, (await tenant.RunAsync(stack, "plan", "--save", "plan.json")).ExitCode);
        stack.Edit("isMfaAccepted: true", "isMfaAccepted: false");
        tenant.Tenant.Requests.Clear();

        var apply = await tenant.RunAsync(stack, "apply", "plan.json", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2303", apply.Stderr);
        Assert.Equal(0, tenant.Tenant.Requests.Count);
    }

    [Fact]
    public async Task AWriteNobodyReviewedRefusesTheSavedPlan()
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        Assert.Equal(0, (await tenant.RunAsync(stack, "apply", "--yes")).ExitCode);
        stack.Edit("displayName: Alex Wilber (Fabrikam)", "displayName: Alex W. (Fabrikam)");
        Assert.Equal(2, (await tenant.RunAsync(stack, "plan", "--save", "plan.json")).ExitCode);

        // The partner is not in the saved plan, but deleting it means apply would now have to create it.
        await DeleteThroughGraphAsync(tenant, $"policies/crossTenantAccessPolicy/partners/{TenantFixture.FabrikamTenantId}");
        var writesBefore = tenant.Tenant.Requests.WriteCount;

        var apply = await tenant.RunAsync(stack, "apply", "plan.json", "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2305", apply.Stderr);
        Assert.Contains("create crossTenantAccessPartner " + TenantFixture.FabrikamTenantId, apply.Stderr);
        Assert.Equal(writesBefore, tenant.Tenant.Requests.WriteCount);
    }

    [Theory]
    [InlineData("missing.json", "does not exist")]
    [InlineData("garbage.json", "format is not")]
    public async Task AFileThatIsNotASavedPlanIsACodedError(string file, string reason)
    {
        await using var tenant = await TenantFixture.StartAsync();
        using var stack = StackFolder.WithSample();
        File.WriteAllText(Path.Combine(stack.Path, "garbage.json"), """{ "hello": 1 }""");

        var apply = await tenant.RunAsync(stack, "apply", file, "--yes");

        Assert.Equal(1, apply.ExitCode);
        Assert.Contains("error B2B2301", apply.Stderr);
        Assert.Contains(reason, apply.Stderr);
        Assert.Equal(0, tenant.Tenant.Requests.Count);
    }

    private static IReadOnlyList<string> SavedActions(StackFolder stack)
    {
        var saved = JsonNode.Parse(File.ReadAllText(Path.Combine(stack.Path, "plan.json")))!;
        Assert.Equal("reconciler-saved-plan", (string?)saved["format"]);
        Assert.Equal(1, (int?)saved["version"]);
        return saved["actions"]!.AsArray().Select(a => $"{a!["kind"]} {a["resourceType"]} {a["key"]}").ToList();
    }

    private static Task PatchThroughGraphAsync(TenantFixture tenant, string path, string json) =>
        SendAsync(tenant, new HttpRequestMessage(HttpMethod.Patch, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static Task DeleteThroughGraphAsync(TenantFixture tenant, string path) => SendAsync(tenant, new HttpRequestMessage(HttpMethod.Delete, path));

    /// <summary>A change made by hand, the way the portal makes it: a Graph request, not a reach into the store.</summary>
    private static async Task SendAsync(TenantFixture tenant, HttpRequestMessage request)
    {
        using var http = new HttpClient { BaseAddress = new Uri(tenant.GraphUrl.TrimEnd('/') + "/") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tenant.Tenant.CreateToken([.. Emulator.LocalTenant.AllRoles]));
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
