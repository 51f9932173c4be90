using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Store;

/// <summary>
/// Applies a Graph-JSON seed: {"organization":{displayName},"users":[...],"groups":[...],"directoryRoles":[...],"conditionalAccessPolicies":[...],
/// "crossTenantAccessPolicy":{"default":{...},"partners":[...]},"tenantInformation":[...]}. Objects go through
/// the same normalisation as objects created over the API.
/// </summary>
internal static class SeedFile
{
    /// <summary>Applies the seed; returns what it carried that Graph v1.0 has no place for (beta-only names).</summary>
    public static IReadOnlyList<SeedNote> Apply(TenantStore store, string path)
    {
        var notes = new List<SeedNote>();
        if (Parse(path) is not JsonObject seed)
        {
            throw new InvalidSeedException("the file must hold one JSON object.");
        }
        if (seed["organization"]?["displayName"] is { } organizationName)
        {
            store.SetDisplayName(organizationName.GetValue<string>());
        }
        foreach (var (user, index) in Objects(seed["users"]))
        {
            Named($"users[{index}]", Wire.AsString(user["displayName"]) ?? Wire.AsString(user["userPrincipalName"]), () => store.AddUser(user));
        }
        // After the users, whom they hold; groups before roles is immaterial, as both go in together.
        store.AddDirectoryObjects(
            [.. Objects(seed["groups"]).Select(g => DirectoryShapeCheck.Group(g.Value, g.Index))],
            [.. Objects(seed["directoryRoles"]).Select(r => DirectoryShapeCheck.Role(r.Value, r.Index))]);
        foreach (var (policy, index) in Objects(seed["conditionalAccessPolicies"]))
        {
            var place = $"conditionalAccessPolicies[{index}]";
            var name = Wire.AsString(policy["displayName"]);
            Note(notes, place, name, Model.ShapeNormalizer.BetaOnlyPaths(Model.ConditionalAccessShape.Policy, policy));
            Named(place, name, () => store.AddConditionalAccessPolicy(policy));
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
        SignIns.SignInSeed.Apply(store, seed, Named);
        return notes;
    }

    private static void Note(List<SeedNote> notes, string place, string? name, IReadOnlyList<string> betaOnly)
    {
        if (betaOnly.Count > 0)
        {
            notes.Add(new SeedNote(place, name, betaOnly));
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
            throw new InvalidSeedException($"{place}{(name is null ? "" : $" ('{name}')")} was refused: {reason}", e)
            {
                Place = place,
                ObjectName = name,
                GraphError = reason,
            };
        }
    }
}
