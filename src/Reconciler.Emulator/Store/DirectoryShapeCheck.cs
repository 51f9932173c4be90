using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;
using Reconciler.Emulator.Model;

namespace Reconciler.Emulator.Store;

/// <summary>
/// Reads a seed's groups and directory roles, refusing (B2B1113 on the command line) what the local tenant cannot
/// hold as Graph v1.0 holds it: names it does not know, values of the wrong type, ids that are not GUIDs, a missing
/// displayName or roleTemplateId, and dynamic membership, whose rules it does not evaluate.
/// </summary>
internal static class DirectoryShapeCheck
{
    private static readonly HashSet<string> GroupBooleans = new(StringComparer.Ordinal) { "securityEnabled", "mailEnabled", "isAssignableToRole", "onPremisesSyncEnabled" };
    private static readonly HashSet<string> GroupLists = new(StringComparer.Ordinal)
        { "groupTypes", "proxyAddresses", "resourceBehaviorOptions", "resourceProvisioningOptions", "onPremisesProvisioningErrors" };

    public static DirectoryEntry Group(JsonObject given, int index)
    {
        var place = $"groups[{index}]";
        var name = Wire.AsString(given["displayName"]);
        var problem = Unknown(given, GroupShape.DefaultProperties) ?? Name(given) ?? Id(given["id"], "id") ?? GroupValues(given) ?? Dynamic(given);
        return Entry(place, name, problem, GroupShape.Normalize(given), given);
    }

    public static DirectoryEntry Role(JsonObject given, int index)
    {
        var place = $"directoryRoles[{index}]";
        var name = Wire.AsString(given["displayName"]);
        var problem = Unknown(given, DirectoryRoleShape.DefaultProperties) ?? Name(given) ?? Id(given["id"], "id")
            ?? (given["roleTemplateId"] is null ? "was refused: it has no roleTemplateId, which Conditional Access names a role by." : Id(given["roleTemplateId"], "roleTemplateId"))
            ?? Text(given, "description");
        var role = new JsonObject();
        foreach (var property in DirectoryRoleShape.DefaultProperties)
        {
            role[property] = given[property]?.DeepClone();
        }
        return Entry(place, name, problem, role, given);
    }

    private static DirectoryEntry Entry(string place, string? name, string? problem, JsonObject data, JsonObject given)
    {
        if ((problem ?? MembersProblem(given["members"])) is { } refused)
        {
            throw InvalidSeedException.About(SeedRefusal.Malformed, place, name, refused);
        }
        data["id"] ??= Guid.NewGuid().ToString();
        var members = (given["members"] as JsonArray)?.Select(Wire.AsString).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
        return new DirectoryEntry(place, name, Wire.AsString(data["id"])!, data, members);
    }

    /// <summary>Names are compared as written: a wrongly cased one would otherwise be taken and lost.</summary>
    private static string? Unknown(JsonObject given, string[] known) =>
        given.Select(p => p.Key).FirstOrDefault(key => !key.StartsWith('@') && key != "members" && !known.Contains(key, StringComparer.Ordinal)) is { } unknown
            ? $"was refused: it has a property the local tenant does not know: '{unknown}'."
            : null;

    private static string? Name(JsonObject given) =>
        Wire.AsString(given["displayName"]) is { Length: > 0 } ? null : "was refused: it has no displayName.";

    private static string? Id(JsonNode? value, string property) => value switch
    {
        null => null,
        _ when Wire.AsString(value) is { } id && Guid.TryParseExact(id, "D", out _) => null,
        _ => $"was refused: its {property} is not a GUID: {value.ToJsonString()}.",
    };

    private static string? GroupValues(JsonObject given)
    {
        foreach (var (key, value) in given)
        {
            if (value is null || key.StartsWith('@') || key is "members" or "id")
            {
                continue;
            }
            var wrong = GroupBooleans.Contains(key) ? !(value is JsonValue b && b.TryGetValue<bool>(out _))
                : GroupLists.Contains(key) ? value is not JsonArray
                : Wire.AsString(value) is null;
            if (wrong)
            {
                return $"was refused: its {key} is of the wrong type: {value.ToJsonString()}.";
            }
        }
        return null;
    }

    private static string? Text(JsonObject given, string property) =>
        given[property] is { } value && Wire.AsString(value) is null ? $"was refused: its {property} is of the wrong type: {value.ToJsonString()}." : null;

    /// <summary>A dynamic group's members come from its rule, which the local tenant does not evaluate.</summary>
    private static string? Dynamic(JsonObject given) =>
        (given["groupTypes"] as JsonArray)?.Any(t => string.Equals(Wire.AsString(t), "DynamicMembership", StringComparison.OrdinalIgnoreCase)) == true
        || given["membershipRule"] is not null
            ? "was refused: it has dynamic membership, whose rule the local tenant does not evaluate; list its members instead."
            : null;

    private static string? MembersProblem(JsonNode? members) => members switch
    {
        null => null,
        JsonArray list => list.FirstOrDefault(m => Id(m ?? JsonValue.Create(""), "member") is not null) is { } bad
            ? $"was refused: it lists a member that is not an object id (GUID): {bad?.ToJsonString() ?? "null"}."
            : null,
        _ => "was refused: its members are not a list of object ids.",
    };
}
