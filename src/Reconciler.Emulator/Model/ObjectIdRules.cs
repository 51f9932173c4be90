using System.Text.Json.Nodes;
using Reconciler.Emulator.Http;

namespace Reconciler.Emulator.Model;

/// <summary>
/// Graph resolves group, role and terms-of-use references as directory object ids, so anything but a GUID is refused
/// (users and applications also take keywords such as <c>All</c>, which this rule leaves to the What If).
/// </summary>
internal static class ObjectIdRules
{
    private static readonly (string Block, string List)[] GuidLists =
    [
        ("users", "includeGroups"), ("users", "excludeGroups"), ("users", "includeRoles"), ("users", "excludeRoles"),
    ];

    public static string? Problem(JsonObject policy)
    {
        var conditions = policy["conditions"] as JsonObject;
        foreach (var (block, list) in GuidLists)
        {
            if (NotAGuid(conditions?[block]?[list]) is { } bad)
            {
                return Message(bad, $"conditions.{block}.{list}");
            }
        }
        return NotAGuid(policy["grantControls"]?["termsOfUse"]) is { } term ? Message(term, "grantControls.termsOfUse") : null;
    }

    private static string? NotAGuid(JsonNode? list) =>
        (list as JsonArray)?.Select(item => Wire.AsString(item) ?? "").FirstOrDefault(id => !Guid.TryParseExact(id, "D", out _));

    private static string Message(string value, string path) =>
        $"1010: ConditionalAccessPolicy validation failed: '{value}' in {path} is not a valid object id (GUID).";
}
