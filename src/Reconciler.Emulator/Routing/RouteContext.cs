using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Routing;

/// <summary>Everything a handler needs: the request, route values, the store and the emulator's own base URL.</summary>
internal sealed class RouteContext(EmulatorRequest request, IReadOnlyDictionary<string, string> values, TenantStore store, string baseUrl)
{
    public EmulatorRequest Request { get; } = request;
    public TenantStore Store { get; } = store;

    /// <summary>e.g. http://127.0.0.1:5055/v1.0, used for absolute nextLink/deltaLink and @odata.context.</summary>
    public string BaseUrl { get; } = baseUrl;

    public string this[string name] => values[name];

    /// <summary>The caller's application roles, read from its (already accepted) token.</summary>
    public IReadOnlySet<string> Roles =>
        Request.Header("Authorization") is { Length: > 7 } header && DevelopmentToken.TryRead(header[7..].Trim()) is { } claims
            ? claims.Roles
            : new HashSet<string>();

    public string Context(string fragment) => $"{BaseUrl}/$metadata#{fragment}";

    public JsonObject Entity(string fragment, JsonObject body) => Wire.WithContext(Context(fragment), body);
}
