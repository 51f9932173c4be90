using System.Text.Json.Nodes;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Planning;
using Reconciler.Planning.Normalisation;

namespace Reconciler.Reporting;

/// <summary>
/// Every property a stack declares for an object, as the rows a create shows: a reviewer approving a new partner must
/// see <c>inboundTrust.isMfaAccepted: true</c>, not only its tenant id. Unset values (Graph's nulls, empty lists,
/// false) are left out, as the comparison leaves them out; a policy shows the references as written, emails and all.
/// </summary>
internal static class DeclaredProperties
{
    public static IReadOnlyList<PropertyRow> Of(DesiredState desired, ResourceType type, string key) => type switch
    {
        ResourceType.Guest => desired.Guests.FirstOrDefault(g => Same(g.Email, key)) is { } guest ? Guest(guest) : [],
        ResourceType.ConditionalAccessPolicy => desired.ConditionalAccessPolicies.FirstOrDefault(p => Same(p.Body.DisplayName, key)) is { } policy
            ? Leaves(GraphJson.ToTree(policy.Body), skip: "displayName") : [],
        ResourceType.CrossTenantAccessPartner => desired.CrossTenantAccess?.Partners.FirstOrDefault(p => Same(p.TenantId, key)) is { } partner
            ? Leaves(GraphJson.ToTree(partner.Settings)) : [],
        _ => [],
    };

    /// <summary>A guest's keys as the stack names them; userType and accountEnabled always, with their defaults.</summary>
    private static List<PropertyRow> Guest(DesiredGuest guest)
    {
        var tree = new JsonObject
        {
            ["displayName"] = guest.DisplayName,
            ["userType"] = guest.ManagedUserType,
            ["accountEnabled"] = guest.ManagedAccountEnabled,
            ["redirectUrl"] = guest.RedirectUrl ?? DesiredGuest.DefaultRedirectUrl,
            ["sendInvitationMessage"] = guest.SendInvitationMessage,
            ["invitationMessage"] = guest.InvitationMessage,
        };
        return tree.Where(p => p.Value is not null).Select(p => Row(p.Key, p.Value)).ToList();
    }

    /// <param name="skip">A top-level key the report already shows as the object's name.</param>
    private static List<PropertyRow> Leaves(JsonObject? tree, string? skip = null)
    {
        var rows = new List<PropertyRow>();
        tree?.Remove(skip ?? "");
        Collect(tree ?? [], "", rows);
        return rows;
    }

    private static void Collect(JsonObject tree, string prefix, List<PropertyRow> rows)
    {
        foreach (var (name, value) in tree)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            if (value is JsonObject inner)
            {
                Collect(inner, path, rows);
            }
            else if (!UnsetValues.IsUnset(value))
            {
                rows.Add(Row(path, value));
            }
        }
    }

    private static PropertyRow Row(string path, JsonNode? value) =>
        new(path, GraphJson.Render(value), GraphJson.Render(null)) { Values = new(value?.DeepClone(), null) };

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
