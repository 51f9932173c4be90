using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Reconciler.Infra.Tests;

/// <summary>
/// azuread's Conditional Access inputs as the Graph body the azuread provider would send: <c>included*</c> and
/// <c>excluded*</c> back to <c>include*</c> and <c>exclude*</c>, the one-item lists back to Graph's single objects, and
/// the guest types back to Graph's comma-separated flags. Every input it does not know is an error.
/// </summary>
internal static class AzureAdPolicyJson
{
    private static readonly ImmutableHashSet<string> PassThrough =
    [
        "displayName", "state", "clientAppTypes", "operator", "builtInControls", "customAuthenticationFactors",
        "signInRiskLevels", "userRiskLevels", "servicePrincipalRiskLevels", "membershipKind", "members", "mode", "rule",
    ];

    public static JsonObject ToGraph(IReadOnlyDictionary<string, object> inputs) => Object(inputs);

    private static JsonObject Object(IReadOnlyDictionary<string, object> inputs)
    {
        var graph = new JsonObject();
        foreach (var (key, value) in inputs)
        {
            switch (key)
            {
                case "conditions" or "grantControls" or "applications" or "users" or "locations" or "platforms":
                    graph[key] = Object((IReadOnlyDictionary<string, object>)value);
                    break;
                case "includedGuestsOrExternalUsers" or "excludedGuestsOrExternalUsers":
                    graph[Graph(key)] = Guests((IReadOnlyDictionary<string, object>)((ImmutableArray<object>)value).Single());
                    break;
                case "termsOfUses":
                    graph["termsOfUse"] = List(value);
                    break;
                case "authenticationStrengthPolicyId":
                    graph["authenticationStrength"] = new JsonObject { ["id"] = ((string)value).Split('/')[^1] };
                    break;
                case var name when name.StartsWith("included", StringComparison.Ordinal) || name.StartsWith("excluded", StringComparison.Ordinal):
                    graph[Graph(name)] = List(value);
                    break;
                case var name when PassThrough.Contains(name):
                    graph[name] = value is ImmutableArray<object> ? List(value) : JsonValue.Create(value);
                    break;
                default:
                    throw new NotSupportedException($"the azuread stand-in does not know the input '{key}'");
            }
        }

        return graph;
    }

    private static JsonObject Guests(IReadOnlyDictionary<string, object> guests)
    {
        var tenants = (IReadOnlyDictionary<string, object>)((ImmutableArray<object>)guests["externalTenants"]).Single();
        var kind = (string)tenants["membershipKind"];
        var external = new JsonObject
        {
            ["@odata.type"] = kind == "all" ? "#microsoft.graph.conditionalAccessAllExternalTenants" : "#microsoft.graph.conditionalAccessEnumeratedExternalTenants",
            ["membershipKind"] = kind,
        };
        if (tenants.TryGetValue("members", out var members))
        {
            external["members"] = List(members);
        }

        return new JsonObject
        {
            ["guestOrExternalUserTypes"] = string.Join(',', ((ImmutableArray<object>)guests["guestOrExternalUserTypes"]).Cast<string>()),
            ["externalTenants"] = external,
        };
    }

    private static string Graph(string azuread) =>
        azuread.StartsWith("included", StringComparison.Ordinal) ? "include" + azuread["included".Length..] : "exclude" + azuread["excluded".Length..];

    private static JsonArray List(object value) => [.. ((ImmutableArray<object>)value).Select(v => JsonValue.Create((string)v))];
}
