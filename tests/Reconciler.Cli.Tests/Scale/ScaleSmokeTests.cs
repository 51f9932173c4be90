using System.Text.Json;
using Reconciler.Cli.Tests.Support;
using Reconciler.Emulator;
using Reconciler.Graph;
using Reconciler.Graph.Connection;
using Reconciler.Loading;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Cli.Tests.Scale;

/// <summary>
/// The benchmark's questions at a size that runs in every test pass: 3,000 guests, 20 policies, 30 partners. Only
/// correctness and request counts are asserted, never time.
/// </summary>
public sealed class ScaleSmokeTests
{
    [Fact]
    public async Task DeclaredScopeFindsTheSameDriftAsFullScopeOnTheDeclaredObjects()
    {
        await using var local = await StartAsync();
        using var stack = StackFolder.With(ScaleStack.Yaml(local.TenantId, existing: 40, fresh: 10, policies: 5, partners: 5));
        var desired = StackLoader.Load(stack.Path, "dev").State!;
        var tenant = await ConnectAsync(local);

        var full = DriftChecker.Check(desired, await tenant.ReadAsync(SnapshotRequestFor.Stack(desired, ReadScope.Full), CancellationToken.None));
        var declared = DriftChecker.Check(desired, await tenant.ReadAsync(SnapshotRequestFor.Stack(desired, ReadScope.Declared), CancellationToken.None));

        Assert.Equal(10, full.Drift.Objects.Count(o => o is { ResourceType: ResourceType.Guest, Status: DriftStatus.Missing }));
        Assert.Equal(4, full.Drift.Objects.Count(o => o is { ResourceType: ResourceType.Guest, Status: DriftStatus.Changed }));
        Assert.Equal(5, full.Drift.Objects.Count(o => o is { ResourceType: ResourceType.ConditionalAccessPolicy, Status: DriftStatus.Missing }));
        Assert.Equal(JsonSerializer.Serialize(full.Drift.Objects), JsonSerializer.Serialize(declared.Drift.Objects));
        Assert.Equal(3_000, full.Drift.Unmanaged.GuestCount + 40);
    }

    [Fact]
    public async Task DeclaredScopeMakesAsManyRequestsWhateverTheTenantSize()
    {
        await using var local = await StartAsync();
        using var stack = StackFolder.With(ScaleStack.Yaml(local.TenantId, existing: 40, fresh: 10, policies: 5, partners: 5));
        var desired = StackLoader.Load(stack.Path, "dev").State!;
        var tenant = await ConnectAsync(local);

        var atThreeThousand = await RequestsForAsync(local, () => tenant.ReadAsync(SnapshotRequestFor.Stack(desired, ReadScope.Declared), CancellationToken.None));
        local.Store.AddGuests(Enumerable.Range(3_000, 3_000).Select(i => (ScaleStack.Existing(i), (string?)null)));
        var atSixThousand = await RequestsForAsync(local, () => tenant.ReadAsync(SnapshotRequestFor.Stack(desired, ReadScope.Declared), CancellationToken.None));

        Assert.Equal(atThreeThousand, atSixThousand);
    }

    [Fact]
    public async Task IncrementalDriftSeesAGuestAddedBetweenRunsWithOneRequestForGuests()
    {
        await using var local = await StartAsync();
        using var stack = StackFolder.With(ScaleStack.Yaml(local.TenantId, existing: 40, fresh: 10, policies: 0, partners: 0));
        var url = local.BaseUrl.ToString();

        var first = await CliRunner.RunAsync(stack.Path, "drift", "--incremental", "--output", "json", "--graph-url", url);
        local.Store.AddGuest(ScaleStack.New(0));
        local.Requests.Clear();
        var second = await CliRunner.RunAsync(stack.Path, "drift", "--incremental", "--output", "json", "--graph-url", url);

        Assert.True(File.Exists(Path.Combine(stack.Path, ".reconciler", "guest-cache.json")));
        Assert.Equal(10, Missing(first.Stdout));
        Assert.Equal(9, Missing(second.Stdout));
        Assert.InRange(local.Requests.Entries.Count(e => !e.InsideBatch && e.PathAndQuery.StartsWith("/users", StringComparison.Ordinal)), 1, 3);
    }

    [Fact]
    public async Task BatchedApplyConvergesWithOneGuestPerEmailInAFractionOfTheRequests()
    {
        await using var local = await StartAsync();
        using var stack = StackFolder.With(ScaleStack.Yaml(local.TenantId, existing: 0, fresh: 100, policies: 5, partners: 0));

        var result = await CliRunner.RunAsync(stack.Path, "apply", "--yes", "--scope", "declared", "--graph-url", local.BaseUrl.ToString());

        Assert.True(result.ExitCode == 0, result.All);
        Assert.All(Enumerable.Range(0, 100), i => Assert.Single(local.Store.Users(), u => (string?)u["mail"] == ScaleStack.New(i)));
        var outer = local.Requests.Entries.Where(e => !e.InsideBatch).ToList();
        var writes = local.Requests.WriteCount;
        // Each of the two reads looks up the 100 declared emails, twenty to a $batch; no partner is declared, so none is named.
        var lookupBatches = 2 * (100 / 20);
        Assert.Equal(105, writes);
        Assert.True(outer.Count <= Math.Ceiling(writes / 20.0) + outer.Count(e => e.Method == "GET") + lookupBatches, $"{outer.Count} requests for {writes} writes");
    }

    private static async Task<LocalTenant> StartAsync()
    {
        var local = await LocalTenant.StartAsync(new EmulatorOptions());
        ScaleStack.Seed(local.Store, guests: 3_000, policies: 20, partners: 30);
        return local;
    }

    private static async Task<GraphTenant> ConnectAsync(LocalTenant local)
    {
        var options = new GraphConnectionOptions { TenantId = local.TenantId, GraphUrl = local.BaseUrl.ToString(), DevelopmentToken = local.CreateToken([.. LocalTenant.AllRoles]), DevelopmentTokenIssuedByTenant = true };
        var tenant = (await GraphTenant.ConnectAsync(options, CancellationToken.None)).Tenant!;
        // The tenant is confirmed alongside the first read; wait for it so that request is not counted as the read's.
        await tenant.Pinned;
        return tenant;
    }

    private static async Task<int> RequestsForAsync(LocalTenant local, Func<Task<LiveSnapshot>> read)
    {
        local.Requests.Clear();
        await read();
        return local.Requests.Entries.Count(e => !e.InsideBatch);
    }

    private static int Missing(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("drift").EnumerateArray().Count(d => d.GetProperty("status").GetString() is "missing" or "Missing");
}
