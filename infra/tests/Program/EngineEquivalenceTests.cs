using System.Text.Json.Nodes;
using Pulumi;
using Pulumi.Testing;
using Reconciler.Emulator;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Infra.Stack;
using Reconciler.Testing.Running;
using Reconciler.Testing.Stacks;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Infra.Tests;

/// <summary>
/// The repository's sample stack, applied to one empty tenant by <c>reconciler apply</c> and to another by the Pulumi
/// program (its registrations performed as azuread and our provider would): each engine creates what the other
/// plans, and <c>reconciler drift</c> finds both tenants as declared.
/// </summary>
public sealed class EngineEquivalenceTests : IAsyncLifetime
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private const string BreakGlassId = "6a1d0c1e-1b5a-4d5e-9f7a-000000000b01";

    private readonly string _seed = Path.Combine(Path.GetTempPath(), $"reconciler-infra-seed-{Guid.NewGuid():n}.json");
    private LocalTenant _byReconciler = null!;
    private LocalTenant _byPulumi = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_seed, EmptyTenantSeed());
        _byReconciler = await LocalTenant.StartAsync(new EmulatorOptions { SeedFile = _seed });
        _byPulumi = await LocalTenant.StartAsync(new EmulatorOptions { SeedFile = _seed });
    }

    public async Task DisposeAsync()
    {
        await _byReconciler.DisposeAsync();
        await _byPulumi.DisposeAsync();
        File.Delete(_seed);
    }

    [Fact]
    public async Task BothEnginesConvergeTheSampleStackOnTheSameTenant()
    {
        var sample = Repository.SampleStack;
        using var reconcilerStack = PointedAt(sample, _byReconciler);
        using var pulumiStack = PointedAt(sample, _byPulumi);

        var planned = await PlanOnEmptyTenantAsync(sample, _seed);
        var apply = await CliRunner.RunAsync(reconcilerStack.Path, "apply", "--yes");
        Assert.True(apply.ExitCode == 0, apply.All);

        var registered = await RunProgramAsync(SampleStackConfig.FromStackFile(sample), _byPulumi);

        Assert.Equal(
            ["create conditionalAccessPolicy Require MFA for B2B portal access", "create crossTenantAccessPartner 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
             "create guest alex@fabrikam.example"],
            planned);

        // The program also declares the default, a singleton that always exists: its create patches blocks that
        // already hold the declared values, which is why reconciler plans nothing for it.
        Assert.Equal(
            [$"{ProgramRun.Policy} Require MFA for B2B portal access", $"{ProgramRun.Invitation} alex@fabrikam.example",
             "xtap:index:DefaultSettings ", "xtap:index:PartnerSettings 3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"],
            registered);
        foreach (var stack in new[] { reconcilerStack, pulumiStack })
        {
            var drift = await CliRunner.RunAsync(stack.Path, "drift", "--output", "json");
            Assert.True(drift.ExitCode == 0, drift.All);
        }

        Assert.Equal((await ManagedStateAsync(_byReconciler)).ToJsonString(Indented), (await ManagedStateAsync(_byPulumi)).ToJsonString(Indented));
    }

    /// <summary>What <c>reconciler plan</c> proposes for the sample stack on a third, empty tenant: kind and key of each action.</summary>
    private static async Task<IReadOnlyList<string>> PlanOnEmptyTenantAsync(string sample, string seed)
    {
        await using var empty = await LocalTenant.StartAsync(new EmulatorOptions { SeedFile = seed });
        using var folder = PointedAt(sample, empty);
        var plan = await CliRunner.RunAsync(folder.Path, "plan", "--output", "json");
        Assert.True(plan.ExitCode == 2, plan.All);
        return [.. JsonNode.Parse(plan.Stdout)!["actions"]!.AsArray()
            .Select(a => $"{(string?)a!["kind"]} {(string?)a["resourceType"]} {(string?)a["key"]}")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs the program with each registration performed on the tenant; returns each resource's type and identity.</summary>
    private static async Task<IReadOnlyList<string>> RunProgramAsync(JsonObject config, LocalTenant tenant)
    {
        var (port, failure) = await GraphTenant.ConnectAsync(
            new GraphConnectionOptions { TenantId = tenant.TenantId, GraphUrl = tenant.BaseUrl.ToString(), DevelopmentToken = tenant.CreateToken([.. LocalTenant.AllRoles]) },
            CancellationToken.None);
        Assert.Null(failure);
        SampleStackConfig.Use(config);
        using var standIn = new AzureAdStandIn(tenant, port!);
        var (resources, _) = await Deployment.TestAsync(standIn, new TestOptions { ProjectName = "b2b", StackName = "dev" }, B2bProgram.Declare);
        return [.. standIn.Registered.Order(StringComparer.Ordinal)];
    }

    private static StackFolder PointedAt(string sample, LocalTenant tenant)
    {
        var folder = StackFolder.With(sample);
        folder.Edit("b2b:graphUrl: local", $"b2b:graphUrl: {tenant.BaseUrl}");
        return folder;
    }

    /// <summary>The managed objects as Graph holds them, without the ids, times and URLs each tenant assigns.</summary>
    private static async Task<JsonObject> ManagedStateAsync(LocalTenant tenant)
    {
        using var http = GraphHttp.For(tenant);
        async Task<JsonObject> Get(string path)
        {
            var answer = JsonNode.Parse(await http.GetStringAsync(tenant.BaseUrl + path))!.AsObject();
            answer.Remove("@odata.context");
            return answer;
        }

        var guest = (await Get("/users?$filter=mail eq 'alex@fabrikam.example'&$select=mail,displayName,userType,accountEnabled"))["value"]![0]!;
        var policy = (await Get("/identity/conditionalAccess/policies"))["value"]![0]!.AsObject();
        foreach (var assigned in new[] { "id", "createdDateTime", "modifiedDateTime", "templateId" })
        {
            policy.Remove(assigned);
        }

        return new JsonObject
        {
            ["guest"] = guest.DeepClone(),
            ["policy"] = policy.DeepClone(),
            ["partner"] = (await Get("/policies/crossTenantAccessPolicy/partners/3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d")).DeepClone(),
            ["default"] = (await Get("/policies/crossTenantAccessPolicy/default")).DeepClone(),
        };
    }

    /// <summary>The sample tenant with nothing the stack declares: its organization and the break-glass account.</summary>
    private static string EmptyTenantSeed() => $$"""
        { "organization": { "id": "{{EmulatorOptions.DefaultTenantId}}", "displayName": "Contoso (local)",
                            "verifiedDomains": [{ "name": "contoso.onmicrosoft.com", "isInitial": true, "isDefault": true }] },
          "users": [{ "id": "{{BreakGlassId}}", "displayName": "Break Glass", "mail": "breakglass@contoso.example",
                      "userPrincipalName": "breakglass@contoso.onmicrosoft.com", "userType": "Member", "accountEnabled": true }] }
        """;
}
