using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class PersistenceAndFaultTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "reconciler-emulator-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static Task<Invitation?> InviteAsync(GraphServiceClient graph, string email) => graph.Invitations.PostAsync(
        new Invitation { InvitedUserEmailAddress = email, InviteRedirectUrl = "https://myapps.microsoft.com" });

    [Fact]
    public async Task State_survives_stop_and_restart_and_a_torn_journal_line()
    {
        var options = new EmulatorOptions { DataDirectory = _directory };
        string guestId;
        await using (var first = await LocalTenant.StartAsync(options))
        {
            var graph = Harness.Graph(first);
            guestId = (await InviteAsync(graph, "persist@fabrikam.example"))!.InvitedUser!.Id!;
            await graph.Identity.ConditionalAccess.Policies.PostAsync(ConditionalAccessTests.GuestMfaPolicy());
            await graph.Policies.CrossTenantAccessPolicy.Partners.PostAsync(new CrossTenantAccessPolicyConfigurationPartner { TenantId = "3c1f2a9e-7d4b-4e8a-9f10-2b3c4d5e6f70" });
            await first.StopAsync();
        }

        // Second run: writes go to the journal only; then a crash leaves half a line behind.
        var second = await LocalTenant.StartAsync(options);
        Assert.Equal(guestId, second.Store.GetUser(guestId)!["id"]!.GetValue<string>());
        await InviteAsync(Harness.Graph(second), "journaled@fabrikam.example");
        second.Store.Dispose(); // simulate a kill: no snapshot, journal left as is
        await File.AppendAllTextAsync(Path.Combine(_directory, "journal.jsonl"), "{\"t\":\"user\",\"data\":{\"id\":\"torn");

        await using var third = await LocalTenant.StartAsync(options);
        Assert.Equal(2, third.Store.Users().Count);
        Assert.Single(third.Store.ConditionalAccessPolicies());
        Assert.Single(third.Store.Partners());
        // And the journal keeps working after the torn tail was cut off.
        await InviteAsync(Harness.Graph(third), "after@fabrikam.example");
        Assert.Equal(3, third.Store.UserCount);
    }

    [Fact]
    public async Task Seed_file_is_applied_to_an_empty_store_only()
    {
        var seed = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        await File.WriteAllTextAsync(seed, """
            {"organization":{"displayName":"Seeded Corp"},
             "users":[{"userPrincipalName":"a_x.example#EXT#@contoso.onmicrosoft.com","mail":"a@x.example","userType":"Guest","externalUserState":"Accepted"}],
             "crossTenantAccessPolicy":{"default":{"inboundTrust":{"isMfaAccepted":true}},"partners":[{"tenantId":"3c1f2a9e-7d4b-4e8a-9f10-2b3c4d5e6f70"}]},
             "tenantInformation":[{"tenantId":"3c1f2a9e-7d4b-4e8a-9f10-2b3c4d5e6f70","displayName":"Fabrikam","defaultDomainName":"fabrikam.example"}]}
            """);
        try
        {
            var options = new EmulatorOptions { DataDirectory = _directory, SeedFile = seed };
            await using (var first = await LocalTenant.StartAsync(options))
            {
                Assert.Single(first.Store.Users());
                Assert.False(first.Store.CrossTenantDefault()["isServiceDefault"]!.GetValue<bool>());
                var org = await Harness.Graph(first).Organization.GetAsync();
                Assert.Equal("Seeded Corp", org!.Value![0].DisplayName);
                first.Store.AddGuest("extra@fabrikam.example");
            }
            await using var second = await LocalTenant.StartAsync(options);
            Assert.Equal(2, second.Store.Users().Count);
        }
        finally
        {
            File.Delete(seed);
        }
    }

    [Fact]
    public async Task Throttle_is_retried_by_the_sdk_honouring_retry_after()
    {
        await using var tenant = await LocalTenant.StartAsync(new EmulatorOptions { Faults = "POST /invitations=429:x1:retryAfter=1" });
        var watch = Stopwatch.StartNew();
        var invitation = await InviteAsync(Harness.Graph(tenant), "throttled@fabrikam.example");
        Assert.NotNull(invitation);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {watch.Elapsed}");
        Assert.Equal([429, 201], tenant.Requests.Entries.Select(e => e.Status));
        Assert.Equal(1, tenant.Faults.InjectedCount);
    }

    [Fact]
    public async Task Commit_then_fail_leaves_the_object_created()
    {
        await using var tenant = await LocalTenant.StartAsync(new EmulatorOptions());
        tenant.Faults.Add("POST /identity/conditionalAccess/policies=commitThenFail:x1");
        var graph = Harness.Graph(tenant);
        // The SDK retries the 503, and (like Graph) the retry creates a second policy: exactly the hazard to test for.
        await graph.Identity.ConditionalAccess.Policies.PostAsync(ConditionalAccessTests.GuestMfaPolicy(),
            rc => rc.Options.Add(new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options.RetryHandlerOption { MaxRetry = 0 }))
            .ContinueWith(t => t.Exception, TaskScheduler.Default);
        Assert.Single(tenant.Store.ConditionalAccessPolicies());
        Assert.Equal(503, tenant.Requests.Entries.Single().Status);
    }

    [Fact]
    public async Task Dropped_connection_surfaces_as_HttpRequestException()
    {
        await using var tenant = await LocalTenant.StartAsync(new EmulatorOptions { Faults = "seed=1; GET /organization=drop:1.0" });
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Harness.Graph(tenant).Organization.GetAsync());
    }

    [Fact]
    public void Fault_grammar_parses()
    {
        var (rules, seed) = FaultSpec.Parse("seed=7; POST /invitations=commitThenFail:x1; * /users=429:0.2:retryAfter=3; *=latency:30; GET /organization=503:n=2");
        Assert.Equal(7, seed);
        Assert.Equal(4, rules.Count);
        Assert.Equal(new FaultRule { Method = "POST", PathPrefix = "/invitations", Kind = FaultKind.CommitThenFail, Count = 1 }, rules[0]);
        Assert.Equal(new FaultRule { Method = "*", PathPrefix = "/users", Kind = FaultKind.Throttle, Probability = 0.2, RetryAfterSeconds = 3 }, rules[1]);
        Assert.Equal(new FaultRule { Kind = FaultKind.Latency, LatencyMs = 30 }, rules[2]);
        Assert.Equal(2, rules[3].Count);
    }

    [Fact]
    public void Probabilistic_faults_are_deterministic_for_a_seed()
    {
        static string Run()
        {
            var faults = new FaultInjector(seed: 42);
            faults.Add(new FaultRule { PathPrefix = "/users", Kind = FaultKind.Throttle, Probability = 0.5 });
            return string.Concat(Enumerable.Range(0, 40).Select(_ => faults.Decide("GET", "/users").Failure is null ? '.' : 'x'));
        }
        Assert.Equal(Run(), Run());
        Assert.Contains('x', Run());
    }
}
