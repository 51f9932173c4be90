using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Delta;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class BatchAndDeltaTests : IAsyncLifetime
{
    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task Batch_runs_sub_requests_with_dependencies_and_ids()
    {
        var guest = _tenant.Store.AddGuest("bat@fabrikam.example");
        var batch = new BatchRequestContentCollection(_graph);
        await batch.AddBatchRequestStepAsync(_graph.Identity.ConditionalAccess.Policies.ToGetRequestInformation(), "1");
        await batch.AddBatchRequestStepAsync(_graph.Users[guest["id"]!.GetValue<string>()].ToGetRequestInformation(), "2");
        await batch.AddBatchRequestStepAsync(_graph.Identity.ConditionalAccess.Policies.ToPostRequestInformation(ConditionalAccessTests.GuestMfaPolicy()), "3");
        batch.BatchRequestSteps["3"].DependsOn = ["2"];
        await batch.AddBatchRequestStepAsync(_graph.Users["missing"].ToGetRequestInformation(), "4");
        await batch.AddBatchRequestStepAsync(_graph.Users["missing"].ToDeleteRequestInformation(), "5");
        batch.BatchRequestSteps["5"].DependsOn = ["4"];

        var responses = await _graph.Batch.PostAsync(batch);
        var codes = await responses.GetResponsesStatusCodesAsync();

        Assert.Equal(HttpStatusCode.OK, codes["1"]);
        Assert.Equal(HttpStatusCode.OK, codes["2"]);
        Assert.Equal(HttpStatusCode.Created, codes["3"]);
        Assert.Equal(HttpStatusCode.NotFound, codes["4"]);
        Assert.Equal((HttpStatusCode)424, codes["5"]);
        var created = await responses.GetResponseByIdAsync<ConditionalAccessPolicy>("3");
        Assert.Equal("Guests MFA for Azure management", created.DisplayName);
        Assert.Single(_tenant.Store.ConditionalAccessPolicies());
        Assert.Equal(1, _tenant.Requests.WriteCount); // the POST inside the batch, not the envelope nor the 424
    }

    [Fact]
    public async Task Batch_over_20_is_400_and_faults_reach_sub_requests()
    {
        using var http = Harness.Raw(_tenant, _tenant.CreateToken([.. LocalTenant.AllRoles]));
        var tooMany = new JsonObject { ["requests"] = new JsonArray(Enumerable.Range(0, 21).Select(i => (JsonNode)new JsonObject { ["id"] = $"{i}", ["method"] = "GET", ["url"] = "/organization" }).ToArray()) };
        using var rejected = await http.PostAsync("$batch", new StringContent(tooMany.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);

        _tenant.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/users", Kind = FaultKind.Throttle, RetryAfterSeconds = 7, Count = 1 });
        var batch = new BatchRequestContentCollection(_graph);
        await batch.AddBatchRequestStepAsync(_graph.Users.ToGetRequestInformation(), "a");
        var responses = await _graph.Batch.PostAsync(batch);
        var response = await responses.GetResponseByIdAsync("a");
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal("7", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Delta_initial_then_incremental_with_removed()
    {
        var keep = _tenant.Store.AddGuest("keep@fabrikam.example")["id"]!.GetValue<string>();
        var doomed = _tenant.Store.AddGuest("doomed@fabrikam.example")["id"]!.GetValue<string>();
        _tenant.Store.AddUsers(Enumerable.Range(0, 450).Select(i => new JsonObject { ["userPrincipalName"] = $"m{i}@contoso.onmicrosoft.com", ["displayName"] = $"m{i}" }));

        var users = new List<User>();
        var iterator = PageIterator<User, DeltaGetResponse>.CreatePageIterator(_graph,
            (await _graph.Users.Delta.GetAsDeltaGetResponseAsync(rc => rc.QueryParameters.Select = ["id", "displayName", "userType"]))!,
            u => { users.Add(u); return true; });
        await iterator.IterateAsync();
        Assert.Equal(452, users.Count);
        Assert.Equal(PagingState.Delta, iterator.State);
        Assert.StartsWith(_tenant.BaseUrl.ToString(), iterator.Deltalink);
        Assert.Contains("select", iterator.Deltalink, StringComparison.OrdinalIgnoreCase);

        await _graph.Users[keep].PatchAsync(new User { DisplayName = "Kept and renamed" });
        await _graph.Users[doomed].DeleteAsync();
        _tenant.Store.AddGuest("late@fabrikam.example");

        var changes = await _graph.Users.Delta.WithUrl(iterator.Deltalink).GetAsDeltaGetResponseAsync();
        Assert.Equal(3, changes!.Value!.Count);
        Assert.Equal("Kept and renamed", changes.Value.Single(u => u.Id == keep).DisplayName);
        var removed = changes.Value.Single(u => u.Id == doomed);
        Assert.True(removed.AdditionalData.ContainsKey("@removed"));
        Assert.NotNull(changes.OdataDeltaLink);

        var none = await _graph.Users.Delta.WithUrl(changes.OdataDeltaLink).GetAsDeltaGetResponseAsync();
        Assert.Empty(none!.Value!);
    }
}
