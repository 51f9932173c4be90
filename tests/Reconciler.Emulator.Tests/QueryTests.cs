using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Reconciler.Emulator.Tests.Support;

namespace Reconciler.Emulator.Tests;

public sealed class QueryTests : IAsyncLifetime
{
    private static readonly string[] GuestSelect = ["id", "mail", "userPrincipalName", "userType", "externalUserState", "creationType", "otherMails", "accountEnabled", "displayName"];
    private LocalTenant _tenant = null!;
    private GraphServiceClient _graph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await Harness.StartAsync();
        _graph = Harness.Graph(_tenant);
        _tenant.Store.AddUsers(Enumerable.Range(0, 2500).Select(i => Guest(i)));
        _tenant.Store.AddMember("admin@contoso.onmicrosoft.com", "Admin");
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    private JsonObject Guest(int i)
    {
        var guest = (JsonObject)Model.UserShape.NewInvitedUser($"g{i:D5}@fabrikam.example", $"Guest {i}", "Guest", _tenant.Store.InitialDomain);
        return guest;
    }

    [Fact]
    public async Task Pages_2500_guests_at_999_with_PageIterator_and_count()
    {
        var first = await _graph.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "userType eq 'Guest'";
            rc.QueryParameters.Select = GuestSelect;
            rc.QueryParameters.Top = 999;
            rc.QueryParameters.Count = true;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        });
        Assert.Equal(2500, first!.OdataCount);
        Assert.Equal(999, first.Value!.Count);
        Assert.StartsWith(_tenant.BaseUrl.ToString(), first.OdataNextLink);
        ModelAssert.OnlyKnownProperties(first);

        var all = new List<User>();
        var pages = 0;
        var iterator = PageIterator<User, UserCollectionResponse>.CreatePageIterator(_graph, first, u => { all.Add(u); return true; },
            req => { pages++; req.Headers.Add("ConsistencyLevel", "eventual"); return req; });
        await iterator.IterateAsync();

        Assert.Equal(2500, all.Count);
        Assert.Equal(2500, all.Select(u => u.Id).Distinct().Count());
        Assert.Equal(2, pages);
        Assert.All(all, u => Assert.Equal("Guest", u.UserType));
    }

    [Fact]
    public async Task Count_needs_consistency_level()
    {
        var count = await _graph.Users.Count.GetAsync(rc =>
        {
            rc.Headers.Add("ConsistencyLevel", "eventual");
            rc.QueryParameters.Filter = "userType eq 'Member'";
        });
        Assert.Equal(1, count);

        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Users.Count.GetAsync());
        Assert.Equal("Request_BadRequest", error.Error!.Code);
        Assert.Equal("$count is not currently supported.", error.Message);
    }

    [Fact]
    public async Task Count_by_user_type_follows_a_user_whose_type_changes_and_ignores_case()
    {
        var admin = _tenant.Store.GetUser("admin@contoso.onmicrosoft.com")!;
        await _graph.Users[admin["id"]!.GetValue<string>()].PatchAsync(new User { UserType = "Guest" });

        var guests = await _graph.Users.Count.GetAsync(rc =>
        {
            rc.Headers.Add("ConsistencyLevel", "eventual");
            rc.QueryParameters.Filter = "userType eq 'GUEST'";
        });
        var members = await _graph.Users.Count.GetAsync(rc =>
        {
            rc.Headers.Add("ConsistencyLevel", "eventual");
            rc.QueryParameters.Filter = "userType eq 'Member'";
        });

        Assert.Equal(2501, guests);
        Assert.Equal(0, members);
    }

    [Fact]
    public async Task Count_without_header_is_silently_ignored()
    {
        var page = await _graph.Users.GetAsync(rc => { rc.QueryParameters.Count = true; rc.QueryParameters.Top = 5; });
        Assert.Null(page!.OdataCount);
        Assert.Equal(5, page.Value!.Count);
    }

    [Theory]
    [InlineData("startsWith(mail,'g0001')", 10)]
    [InlineData("mail in ('g00001@fabrikam.example','G00002@FABRIKAM.EXAMPLE')", 2)]
    [InlineData("otherMails/any(x:x eq 'g00003@fabrikam.example')", 1)]
    [InlineData("(userType eq 'Member' or externalUserState eq 'Accepted') and accountEnabled eq true", 1)]
    [InlineData("creationType eq 'Invitation' and startsWith(displayName,'Guest 249')", 11)]
    public async Task Filter_subset(string filter, int expected)
    {
        var page = await _graph.Users.GetAsync(rc => { rc.QueryParameters.Filter = filter; rc.QueryParameters.Top = 999; });
        Assert.Equal(expected, page!.Value!.Count);
    }

    [Fact]
    public async Task Ne_needs_advanced_query_parameters()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Users.GetAsync(rc => rc.QueryParameters.Filter = "userType ne 'Guest'"));
        Assert.Equal("Request_UnsupportedQuery", error.Error!.Code);

        var page = await _graph.Users.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = "userType ne 'Guest'";
            rc.QueryParameters.Count = true;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        });
        Assert.Equal(1, page!.OdataCount);
    }

    [Theory]
    [InlineData("department eq 'x'", "Request_UnsupportedQuery")]
    [InlineData("userType eq", "BadRequest")]
    public async Task Bad_filter_is_400(string filter, string code)
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Users.GetAsync(rc => rc.QueryParameters.Filter = filter));
        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(code, error.Error!.Code);
    }

    [Fact]
    public async Task Top_above_999_is_400()
    {
        var error = await Assert.ThrowsAsync<ODataError>(() => _graph.Users.GetAsync(rc => rc.QueryParameters.Top = 1000));
        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.", error.Message);
    }

    [Fact]
    public async Task Default_page_is_100()
    {
        var page = await _graph.Users.GetAsync();
        Assert.Equal(100, page!.Value!.Count);
        Assert.NotNull(page.OdataNextLink);
    }
}
