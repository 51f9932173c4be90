using System.Net.Http.Headers;
using System.Text.Json;
using Reconciler.Benchmarks.Harness;
using Reconciler.Benchmarks.Measuring;

namespace Reconciler.Benchmarks.Scenarios;

/// <summary>
/// What the wire allows: plain GETs of exactly the pages a full read needs, bytes read and thrown away. Each
/// collection is a chain (a page names the next), so pages of one chain go one after another and the chains run
/// side by side. The page addresses are found once, untimed, so the timed runs do no parsing at all.
/// </summary>
internal static class LowerBound
{
    private static readonly string[] Starts =
    [
        "users?$filter=userType eq 'Guest'&$select=id,mail,userPrincipalName,otherMails,displayName,userType,externalUserState,accountEnabled,creationType&$top=999",
        "identity/conditionalAccess/policies",
        "policies/crossTenantAccessPolicy/default",
        "policies/crossTenantAccessPolicy/partners",
        "organization?$select=id,displayName",
    ];

    public static async Task<IReadOnlyList<RunFigures>> RunAsync(WorkerContext context, int runs)
    {
        using var http = new HttpClient(context.Wire, disposeHandler: false);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", context.Token);
        var chains = new List<List<string>>();
        foreach (var start in Starts)
        {
            chains.Add(await DiscoverAsync(http, $"{context.GraphUrl.TrimEnd('/')}/{start}"));
        }
        context.Wire.Take();

        var figures = new List<RunFigures>();
        foreach (var (_, timed) in RunSchedule.Of(runs))
        {
            var clock = new RunClock();
            await Task.WhenAll(chains.Select(chain => FetchAsync(http, chain)));
            var wire = context.Wire.Take();
            if (timed)
            {
                figures.Add(RunFigures.Of(clock, wire));
            }
        }
        return figures;
    }

    private static async Task<List<string>> DiscoverAsync(HttpClient http, string url)
    {
        var chain = new List<string>();
        for (string? next = url; next is not null;)
        {
            chain.Add(next);
            using var page = JsonDocument.Parse(await http.GetStringAsync(next));
            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }
        return chain;
    }

    private static async Task FetchAsync(HttpClient http, List<string> chain)
    {
        foreach (var url in chain)
        {
            using var response = await http.GetAsync(url);
            await response.Content.CopyToAsync(Stream.Null);
        }
    }
}
