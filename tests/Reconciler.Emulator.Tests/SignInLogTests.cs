using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

/// <summary>The sign-in log as the SDK reads it: v1.0's shape, paging, the filters the evidence uses, and Graph's refusals.</summary>
public class SignInLogTests
{
    private const string AliceId = "a1000000-0000-4000-8000-00000000a001";
    private const string BobId = "a1000000-0000-4000-8000-00000000a002";
    private const string App = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    [Fact]
    public async Task PagesComeNewestFirstWithAbsoluteNextLinksUntilEverySignInIsRead()
    {
        await using var tenant = await Harness.StartAsync();
        Seed(tenant, 25);
        var graph = Harness.Graph(tenant);

        var seen = new List<SignIn>();
        var page = await graph.AuditLogs.SignIns.GetAsync(rc => rc.QueryParameters.Top = 10);
        var pages = 1;
        seen.AddRange(page!.Value!);
        while (page?.OdataNextLink is { } next)
        {
            Assert.StartsWith(tenant.BaseUrl.ToString(), next, StringComparison.Ordinal);
            page = await graph.AuditLogs.SignIns.WithUrl(next).GetAsync();
            seen.AddRange(page!.Value!);
            pages++;
        }

        Assert.Equal((25, 3), (seen.Select(s => s.Id).Distinct().Count(), pages));
        Assert.Equal(seen.OrderByDescending(s => s.CreatedDateTime).Select(s => s.Id), seen.Select(s => s.Id));
        ModelAssert.OnlyKnownProperties(seen[0]);
    }

    [Fact]
    public async Task TheFiltersEvidenceSendsAreAppliedOnTheServer()
    {
        await using var tenant = await Harness.StartAsync();
        Seed(tenant, 20);
        var graph = Harness.Graph(tenant);
        var since = DateTimeOffset.UtcNow.AddHours(-10).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var page = await graph.AuditLogs.SignIns.GetAsync(rc => rc.QueryParameters.Filter = $"createdDateTime ge {since} and (userId eq '{AliceId}' or userId eq 'nobody')");

        // Sign-in k is k hours old and alternates Alice, Bob: Alice's within ten hours are k = 0, 2, 4, 6, 8.
        Assert.Equal(5, page!.Value!.Count);
        Assert.All(page.Value!, s => Assert.Equal(AliceId, s.UserId));
    }

    [Fact]
    public async Task UserIdInIsRefusedBecauseTheSignInDocsListOnlyEq()
    {
        await using var tenant = await Harness.StartAsync();
        var graph = Harness.Graph(tenant);

        var refused = await Assert.ThrowsAsync<ODataError>(() => graph.AuditLogs.SignIns.GetAsync(rc => rc.QueryParameters.Filter = $"userId in ('{AliceId}')"));

        Assert.Equal(("Request_UnsupportedQuery", 400), (refused.Error?.Code, refused.ResponseStatusCode));
    }

    [Fact]
    public async Task ReportOnlyResultsAreSentOnlyToAClientThatAsksForEvolvableEnumMembers()
    {
        await using var tenant = await Harness.StartAsync();
        Seed(tenant, 1);
        using var http = Harness.Raw(tenant, tenant.CreateToken("AuditLog.Read.All"));

        var plain = JsonNode.Parse(await http.GetStringAsync("auditLogs/signIns"))!;
        using var asking = new HttpRequestMessage(HttpMethod.Get, "auditLogs/signIns");
        asking.Headers.Add("Prefer", "include-unknown-enum-members");
        var asked = JsonNode.Parse(await (await http.SendAsync(asking)).Content.ReadAsStringAsync())!;

        Assert.Equal("unknownFutureValue", (string?)plain["value"]![0]!["appliedConditionalAccessPolicies"]![0]!["result"]);
        Assert.Equal("reportOnlyFailure", (string?)asked["value"]![0]!["appliedConditionalAccessPolicies"]![0]!["result"]);
    }

    [Fact]
    public async Task WithoutAuditLogReadOrAPremiumLicenceGraphRefusesTheLog()
    {
        await using var tenant = await Harness.StartAsync();

        var noRole = await Assert.ThrowsAsync<ODataError>(() => Harness.Graph(tenant, "User.Read.All").AuditLogs.SignIns.GetAsync());
        tenant.Store.SetPremiumLicence(false);
        var noLicence = await Assert.ThrowsAsync<ODataError>(() => Harness.Graph(tenant).AuditLogs.SignIns.GetAsync());

        Assert.Equal(((int)HttpStatusCode.Forbidden, "Authorization_RequestDenied"), (noRole.ResponseStatusCode, noRole.Error?.Code));
        Assert.Equal(((int)HttpStatusCode.Forbidden, "Authentication_RequestFromNonPremiumTenantOrB2CTenant"), (noLicence.ResponseStatusCode, noLicence.Error?.Code));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    public async Task APageSizeOutsideGraphsRangeIsRefused(string top)
    {
        await using var tenant = await Harness.StartAsync();
        using var http = Harness.Raw(tenant, tenant.CreateToken("AuditLog.Read.All"));

        var response = await http.GetAsync($"auditLogs/signIns?$top={top}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task APerformedSignInIsJudgedByThePoliciesAndLoggedWithTheirResults()
    {
        await using var tenant = await Harness.StartAsync();
        var guest = tenant.Store.AddGuest("alex@fabrikam.example", "Alex");
        tenant.Store.AddConditionalAccessPolicy(JsonNode.Parse("""
            {"displayName": "Guests MFA", "state": "enabled",
             "conditions": {"clientAppTypes": ["all"], "applications": {"includeApplications": ["APP"]},
               "users": {"includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "b2bCollaborationGuest",
                 "externalTenants": {"@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all"}}}},
             "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}
            """.Replace("APP", App, StringComparison.Ordinal))!.AsObject());
        using var http = Harness.Raw(tenant, tenant.CreateToken("User.Read.All"));

        var body = new JsonObject { ["userId"] = (string?)guest["id"], ["appId"] = App };
        var prompted = await PerformAsync(http, body.ToJsonString());
        body["completesMfa"] = true;
        var completed = await PerformAsync(http, body.ToJsonString());

        Assert.Equal(("failure", 50074, "failure"), Outcome(prompted));
        Assert.Equal(("success", 0, "success"), Outcome(completed));
        Assert.Equal(2, tenant.Store.SignInCount);
    }

    private static async Task<JsonNode> PerformAsync(HttpClient http, string body)
    {
        var response = await http.PostAsync("local/signIns", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static (string?, int, string?) Outcome(JsonNode signIn) =>
        ((string?)signIn["conditionalAccessStatus"], (int)signIn["status"]!["errorCode"]!, (string?)signIn["appliedConditionalAccessPolicies"]![0]!["result"]);

    /// <summary>Sign-in k is k hours old, Alice's when k is even, Bob's when odd; each names one report-only policy that failed it.</summary>
    private static void Seed(LocalTenant tenant, int count)
    {
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        tenant.Store.AddSignIns(Enumerable.Range(0, count).Select(k => new JsonObject
        {
            ["createdDateTime"] = now.AddHours(-k).UtcDateTime.ToString("O"),
            ["userId"] = k % 2 == 0 ? AliceId : BobId,
            ["appId"] = App,
            ["appliedConditionalAccessPolicies"] = new JsonArray(new JsonObject
            {
                ["id"] = "c0000000-0000-0000-0000-00000000c001",
                ["displayName"] = "Block legacy",
                ["enforcedGrantControls"] = new JsonArray("Block"),
                ["enforcedSessionControls"] = new JsonArray(),
                ["result"] = "reportOnlyFailure",
            }),
        }));
    }
}
