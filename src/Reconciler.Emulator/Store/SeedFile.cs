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
        if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject seed)
        {
            throw new InvalidDataException($"Seed file '{path}' must hold a JSON object.");
        }
        if (seed["organization"]?["displayName"] is { } name)
        {
            store.SetDisplayName(name.GetValue<string>());
        }
        store.AddUsers((seed["users"] as JsonArray)?.OfType<JsonObject>() ?? []);
        foreach (var policy in (seed["conditionalAccessPolicies"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            store.AddConditionalAccessPolicy(policy);
        }
        if (seed["crossTenantAccessPolicy"] is JsonObject xtap)
        {
            if (xtap["default"] is JsonObject defaults)
            {
                store.SetCrossTenantDefault(defaults);
            }
            foreach (var partner in (xtap["partners"] as JsonArray)?.OfType<JsonObject>() ?? [])
            {
                store.AddPartner(partner);
            }
        }
        foreach (var info in (seed["tenantInformation"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            store.AddTenantInformation(Wire.AsString(info["tenantId"]) ?? throw new InvalidDataException("tenantInformation needs tenantId."),
                Wire.AsString(info["displayName"]) ?? "", Wire.AsString(info["defaultDomainName"]));
        }
    }
}
