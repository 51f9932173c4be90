using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Store;

/// <summary>
/// Applies a Graph-JSON seed: {"organization":{displayName},"users":[...],"conditionalAccessPolicies":[...],
/// "crossTenantAccessPolicy":{"default":{...},"partners":[...]},"tenantInformation":[...]}. Objects go through
/// the same normalisation as objects created over the API.
/// </summary>
internal static class SeedFile
{
    public static void Apply(TenantStore store, string path)
    {
        if (Parse(path) is not JsonObject seed)
        {
            throw new InvalidSeedException("the file must hold one JSON object.");
        }
        if (seed["organization"]?["displayName"] is { } name)
        {
            store.SetDisplayName(name.GetValue<string>());
        }
        store.AddUsers((seed["users"] as JsonArray)?.OfType<JsonObject>() ?? []);
        foreach (var (policy, index) in Objects(seed["conditionalAccessPolicies"]))
        {
            Named($"conditionalAccessPolicies[{index}]", Wire.AsString(policy["displayName"]), () => store.AddConditionalAccessPolicy(policy));
        }
        if (seed["crossTenantAccessPolicy"] is JsonObject xtap)
        {
            if (xtap["default"] is JsonObject defaults)
            {
                Named("crossTenantAccessPolicy.default", null, () => store.SetCrossTenantDefault(defaults));
            }
            foreach (var (partner, index) in Objects(xtap["partners"]))
            {
                Named($"crossTenantAccessPolicy.partners[{index}]", Wire.AsString(partner["tenantId"]), () => store.AddPartner(partner));
            }
        }
        foreach (var info in (seed["tenantInformation"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            store.AddTenantInformation(Wire.AsString(info["tenantId"]) ?? throw new InvalidSeedException("every tenantInformation entry needs a tenantId."),
                Wire.AsString(info["displayName"]) ?? "", Wire.AsString(info["defaultDomainName"]));
        }
    }

    private static JsonNode? Parse(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidSeedException($"not valid JSON at line {(e.LineNumber ?? 0) + 1}.", e);
        }
    }

    private static IEnumerable<(JsonObject Value, int Index)> Objects(JsonNode? array) =>
        (array as JsonArray)?.Select((node, index) => (node as JsonObject, index)).Where(p => p.Item1 is not null).Select(p => (p.Item1!, p.index)) ?? [];

    /// <summary>Says which object the store refused, by its place in the file and its name, in the store's own words.</summary>
    private static void Named(string place, string? name, Action add)
    {
        try
        {
            add();
        }
        catch (ArgumentException e)
        {
            var reason = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            throw new InvalidSeedException($"{place}{(name is null ? "" : $" ('{name}')")} was refused: {reason}", e);
        }
    }
}
