using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Cli.Tests.Support;

/// <summary>
/// A local tenant for one test, started in-process on a random loopback port. Commands reach it with
/// <c>--graph-url</c>, over real HTTP, through the real Graph SDK; assertions read its store and request log.
/// </summary>
internal sealed class TenantFixture : IAsyncDisposable
{
    public const string TenantId = EmulatorOptions.DefaultTenantId;
    public const string BreakGlassEmail = "breakglass@contoso.example";
    public const string AlexEmail = "alex@fabrikam.example";
    public const string FabrikamTenantId = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    private TenantFixture(LocalTenant tenant) => Tenant = tenant;

    public LocalTenant Tenant { get; }

    public TenantStore Store => Tenant.Store;

    public string GraphUrl => Tenant.BaseUrl.ToString();

    /// <summary>A tenant holding only the break-glass member account that the sample stack excludes.</summary>
    public static async Task<TenantFixture> StartAsync(string? faults = null)
    {
        var tenant = await LocalTenant.StartAsync(new EmulatorOptions { Faults = faults });
        tenant.Store.AddMember(BreakGlassEmail, "Break Glass");
        return new TenantFixture(tenant);
    }

    /// <summary>The sample starting point that `graphUrl: local` seeds: a hand-invited guest, a report-only policy, no partner.</summary>
    public static async Task<TenantFixture> StartWithSampleAsync()
    {
        var seed = Path.Combine(Path.GetTempPath(), $"reconciler-seed-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(seed, Local.LocalTenantLauncher.SampleSeed(TenantId));
        var tenant = await LocalTenant.StartAsync(new EmulatorOptions { SeedFile = seed });
        File.Delete(seed);
        return new TenantFixture(tenant);
    }

    /// <summary>A tenant seeded from a Graph-JSON seed file, as <c>reconciler emulator --seed</c> would seed it.</summary>
    public static async Task<TenantFixture> StartWithSeedAsync(string seedFile) =>
        new(await LocalTenant.StartAsync(new EmulatorOptions { SeedFile = seedFile }));

    public Task<CliResult> RunAsync(StackFolder stack, params string[] args) =>
        CliRunner.RunAsync(stack.Path, [.. args, "--graph-url", GraphUrl]);

    public Task<CliResult> RunWithTokenAsync(StackFolder stack, string token, params string[] args) =>
        CliRunner.RunAsync(stack.Path, new Dictionary<string, string> { ["RECONCILER_GRAPH_TOKEN"] = token }, [.. args, "--graph-url", GraphUrl]);

    public Task<CliResult> RunWithEnvironmentAsync(StackFolder stack, Dictionary<string, string> environment, params string[] args) =>
        CliRunner.RunAsync(stack.Path, environment, [.. args, "--graph-url", GraphUrl]);

    public IReadOnlyList<JsonObject> UsersWithMail(string email) =>
        Store.Users().Where(u => string.Equals((string?)u["mail"], email, StringComparison.OrdinalIgnoreCase)).ToList();

    public IReadOnlyList<JsonObject> PoliciesNamed(string displayName) =>
        Store.ConditionalAccessPolicies().Where(p => string.Equals((string?)p["displayName"], displayName, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// An administrator in the portal: a raw Graph request to the local tenant, so a hand-made change goes through the
    /// same API and the same validation a real one would. Fails the test when Graph refuses it; returns the answer.
    /// </summary>
    public async Task<JsonObject?> ByHandAsync(HttpMethod method, string path, string? json = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(GraphUrl.TrimEnd('/') + "/") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Tenant.CreateToken([.. LocalTenant.AllRoles]));
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
    }

    public ValueTask DisposeAsync() => Tenant.DisposeAsync();
}
