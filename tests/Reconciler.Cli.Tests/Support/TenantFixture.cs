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

    public ValueTask DisposeAsync() => Tenant.DisposeAsync();
}
