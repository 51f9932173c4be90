using System.Text;
using Reconciler.Graph.Tests.Support;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;
using Reconciler.Testing.Hostile;

namespace Reconciler.Graph.Tests.Hostile;

/// <summary>JSON that two readers could read two ways, or that is not text at all, is refused by every reader as B2B3008.</summary>
public class AmbiguousJsonTests
{
    private const string Alex = "alex@fabrikam.example";

    private static string GuestPage(string user) => $$"""{"value":[{{user}}]}""";

    private const string TwoMails =
        """{"id":"11111111-0000-4000-8000-000000000001","mail":"mallory@fabrikam.example","mail":"alex@fabrikam.example","userPrincipalName":"mallory_fabrikam.example#EXT#@contoso.example","userType":"Guest","displayName":"Mallory"}""";

    private const string TwoMailsEscaped =
        """{"id":"11111111-0000-4000-8000-000000000001","mail":"mallory@fabrikam.example","m\u0061il":"alex@fabrikam.example","userType":"Guest"}""";

    public static TheoryData<string, string> Spoiled => new()
    {
        { "/users", GuestPage(TwoMails) },
        { "/users", GuestPage(TwoMailsEscaped) },
        { "/users", """{"value":[],"value":[]}""" },
        { "/identity/conditionalAccess/policies", """{"value":[],"@odata.nextLink":null,"value":[{"id":"x"}]}""" },
        { "/policies/crossTenantAccessPolicy/default", """{"inboundTrust":{"isMfaAccepted":false,"isMfaAccepted":true}}""" },
        { "/directory/deletedItems/", GuestPage(TwoMails) },
    };

    [Theory]
    [MemberData(nameof(Spoiled))]
    public async Task AnObjectThatNamesAPropertyTwiceIsRefused(string path, string body)
    {
        await using var tenant = await Local.StartAsync();
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request => request.Path.StartsWith(path, StringComparison.Ordinal) ? HostileAnswer.Json(200, body) : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([Alex]), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task ADeltaPageThatNamesAPropertyTwiceIsRefused()
    {
        await using var tenant = await Local.StartAsync();
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path.StartsWith("/users/delta", StringComparison.Ordinal) ? HostileAnswer.Json(200, """{"value":[],"@odata.deltaLink":"a","@odata.deltaLink":"b"}""") : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([], Incremental: true), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task AGuestPageThatIsNotUtf8IsB2B3008()
    {
        await using var tenant = await Local.StartAsync();
        var page = Encoding.UTF8.GetBytes(GuestPage("""{"id":"u1","mail":"alex@fabrikam.example","userType":"Guest","displayName":"ALEX"}"""));
        var name = Array.IndexOf(page, (byte)'A');
        page[name] = 0xC3;
        page[name + 1] = 0x28;
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request => request.Path == "/users" ? HostileAnswer.Bytes(200, page) : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var error = await Assert.ThrowsAsync<TenantException>(() => port.ReadAsync(new SnapshotRequest([Alex]), CancellationToken.None));

        Assert.Equal("B2B3008", error.Diagnostic.Code);
    }

    [Fact]
    public async Task AnHtmlAnswerToAWriteBatchIsACodedFailureForEachWrite()
    {
        await using var tenant = await Local.StartAsync();
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Method == "POST" ? HostileAnswer.Bytes(200, "<html><body>Sign in</body></html>"u8.ToArray(), "text/html") : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var outcomes = await port.ApplyBatchAsync([new InviteGuest(new Reconciler.Model.Desired.DesiredGuest { Email = Alex })], CancellationToken.None);

        Assert.False(outcomes[0].Succeeded);
        Assert.StartsWith("B2B30", outcomes[0].Failure?.Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"responses":[{"id":"STEP","status":201,"status":400,"body":{}}]}""")]
    [InlineData("""{"responses":[{"id":"STEP","status":400,"body":{}}],"responses":[{"id":"STEP","status":201,"body":{}}]}""")]
    public async Task AWriteBatchEnvelopeThatNamesAPropertyTwiceIsNotTrusted(string envelope)
    {
        await using var tenant = await Local.StartAsync();
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == "/$batch" && request.Body.Contains("invitations", StringComparison.Ordinal)
                ? HostileAnswer.Json(200, envelope.Replace("STEP", System.Text.Json.JsonDocument.Parse(request.Body).RootElement.GetProperty("requests")[0].GetProperty("id").GetString()!, StringComparison.Ordinal))
                : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var outcomes = await port.ApplyBatchAsync([new InviteGuest(new Reconciler.Model.Desired.DesiredGuest { Email = Alex })], CancellationToken.None);

        // Had the envelope been believed, the invitation would read as done (or failed) without ever reaching the
        // tenant. Refused, its write is sent again alone, and the tenant holds the guest exactly once.
        Assert.True(outcomes[0].Succeeded, outcomes[0].Failure?.ToString());
        Assert.Single(tenant.Store.Users(), u => (string?)u["mail"] == Alex);
    }

    [Fact]
    public async Task ABatchedAnswerInACharsetNobodyCanReadIsACodedFailure()
    {
        await using var tenant = await Local.StartAsync();
        static string Envelope(string id) =>
            """{"responses":[{"id":""" + $"\"{id}\"" + ""","status":400,"headers":{"Content-Type":"application/json; charset=no-such-charset"},"body":{"error":{"code":"BadRequest","message":"no"}}}]}""";
        await using var endpoint = HostileGraph.InFrontOf(tenant.BaseUrl, request =>
            request.Path == "/$batch" && request.Body.Contains("invitations", StringComparison.Ordinal)
                ? HostileAnswer.Json(200, Envelope(System.Text.Json.JsonDocument.Parse(request.Body).RootElement.GetProperty("requests")[0].GetProperty("id").GetString()!))
                : null);
        var port = await Hostile.ConnectAsync(tenant, endpoint);

        var outcomes = await port.ApplyBatchAsync([new InviteGuest(new Reconciler.Model.Desired.DesiredGuest { Email = Alex })], CancellationToken.None);

        Assert.False(outcomes[0].Succeeded);
        Assert.Equal("B2B3005", outcomes[0].Failure?.Code);
    }
}
