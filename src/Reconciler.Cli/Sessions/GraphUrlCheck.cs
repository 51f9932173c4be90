using Reconciler.Graph.Connection;
using Reconciler.Loading;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// Checks, before any network, that the Graph URL a run would use (<c>--graph-url</c>, else <c>b2b:graphUrl</c>) is
/// Microsoft Graph or loopback, or the one URL <c>--allow-graph-url</c> names. A stack in a pull request cannot point
/// the pipeline's credential at a host of its choosing.
/// </summary>
internal static class GraphUrlCheck
{
    public static LoadResult Apply(LoadResult result, string? graphUrlOverride, string? allowed)
    {
        var url = graphUrlOverride ?? result.State?.GraphUrl;
        if (url is null || string.Equals(url, "local", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var uri) || GraphEndpoint.For(uri, allowed) is not null)
        {
            return result;
        }
        return result with { Diagnostics = result.Diagnostics.Add(TenantDiagnostics.GraphUrlNotAllowed(url)) };
    }
}
