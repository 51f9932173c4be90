using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Model;

/// <summary>
/// A Graph v1.0 group on the wire: the default properties GET /groups returns (Microsoft's group-list example, in
/// its order), and what a seed may give. Members are not a property: they are kept beside the group and served by
/// <c>/groups/{id}/members</c>.
/// </summary>
internal static class GroupShape
{
    public const string ODataType = "#microsoft.graph.group";

    public static readonly string[] DefaultProperties =
    [
        "id", "deletedDateTime", "classification", "createdDateTime", "description", "displayName", "expirationDateTime",
        "groupTypes", "isAssignableToRole", "mail", "mailEnabled", "mailNickname", "membershipRule",
        "membershipRuleProcessingState", "onPremisesLastSyncDateTime", "onPremisesSecurityIdentifier", "onPremisesSyncEnabled",
        "preferredDataLocation", "preferredLanguage", "proxyAddresses", "renewedDateTime", "resourceBehaviorOptions",
        "resourceProvisioningOptions", "securityEnabled", "theme", "visibility", "onPremisesProvisioningErrors",
    ];

    /// <summary>Collections Graph answers as [] when unset.</summary>
    private static readonly string[] Lists =
        ["groupTypes", "proxyAddresses", "resourceBehaviorOptions", "resourceProvisioningOptions", "onPremisesProvisioningErrors"];

    public static readonly HashSet<string> Selectable = new(DefaultProperties, StringComparer.OrdinalIgnoreCase);

    /// <summary>The stored group: every default property present, server-filled ones filled, lists never null.</summary>
    public static JsonObject Normalize(JsonObject given)
    {
        var now = Http.Wire.Now();
        var group = new JsonObject();
        foreach (var name in DefaultProperties)
        {
            group[name] = given[name]?.DeepClone();
        }
        group["createdDateTime"] ??= now;
        group["renewedDateTime"] ??= group["createdDateTime"]!.DeepClone();
        group["securityEnabled"] ??= true;
        group["mailEnabled"] ??= false;
        group["mailNickname"] ??= Nickname(Http.Wire.AsString(group["displayName"]) ?? "group");
        foreach (var list in Lists)
        {
            group[list] ??= new JsonArray();
        }
        return group;
    }

    /// <summary>Graph requires a mailNickname; a seed that leaves it out gets one made from the name, as the portal does.</summary>
    private static string Nickname(string displayName)
    {
        var letters = new string([.. displayName.Where(char.IsAsciiLetterOrDigit)]);
        return letters.Length == 0 ? "group" : letters;
    }
}
