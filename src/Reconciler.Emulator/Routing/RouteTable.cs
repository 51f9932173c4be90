namespace Reconciler.Emulator.Routing;

/// <summary>Ordered route list; the first template that matches the path wins (so /users/delta() beats /users/{id}).</summary>
internal sealed class RouteTable(IEnumerable<Route> routes)
{
    private readonly Route[] _routes = routes.ToArray();

    public IReadOnlyList<Route> Routes => _routes;

    public (Route? Route, Dictionary<string, string> Values, bool PathKnown) Match(string method, string path)
    {
        var pathKnown = false;
        foreach (var route in _routes)
        {
            var match = route.Pattern.Match(path);
            if (!match.Success)
            {
                continue;
            }
            pathKnown = true;
            if (!string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var values = route.Pattern.GetGroupNames().Where(n => !int.TryParse(n, out _))
                .ToDictionary(n => n, n => match.Groups[n].Value, StringComparer.Ordinal);
            return (route, values, true);
        }
        return (null, [], pathKnown);
    }
}
