using System.Text.RegularExpressions;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Routing;

/// <summary>One route: method, path template ("/users/{id}"), the roles that may call it, and a synchronous handler.</summary>
internal sealed record Route(string Method, Regex Pattern, string[] Roles, Func<RouteContext, EmulatorResponse> Handler)
{
    public static Route Of(string method, string template, string[] roles, Func<RouteContext, EmulatorResponse> handler)
    {
        var regex = "^" + Regex.Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal),
            @"\{(\w+)}", m => $"(?<{m.Groups[1].Value}>[^/]+)") + "/?$";
        return new Route(method, new Regex(regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), roles, handler);
    }
}
