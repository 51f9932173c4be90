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
/// <remarks>Built once for a report, with each kind of object found by its key, so a large stack is not searched once per row.</remarks>
internal sealed class DeclaredProperties(DesiredState desired)
{
    private readonly Dictionary<string, DesiredGuest> _guests = ByKey(desired.Guests, g => g.Email);
    private readonly Dictionary<string, DesiredPolicy> _policies = ByKey(desired.ConditionalAccessPolicies, p => p.Body.DisplayName);
    private readonly Dictionary<string, DesiredPartner> _partners = ByKey(desired.CrossTenantAccess?.Partners ?? [], p => p.TenantId);

    private readonly Dictionary<(ResourceType, string), IReadOnlyList<PropertyRow>> _rows = new(ObjectKey.Comparer);

    /// <summary>The rows of one object, worked out once: a missing guest's drift row and its invitation show the same.</summary>
    public IReadOnlyList<PropertyRow> Of(ResourceType type, string key)
    {
        if (!_rows.TryGetValue((type, key), out var rows))
        {
            _rows[(type, key)] = rows = Find(type, key);
        }

        return rows;
    }

    private IReadOnlyList<PropertyRow> Find(ResourceType type, string key) => type switch
    {
        ResourceType.Guest => _guests.GetValueOrDefault(key) is { } guest ? Guest(guest) : [],
        ResourceType.ConditionalAccessPolicy => _policies.GetValueOrDefault(key) is { } policy
            ? Leaves(GraphJson.ToTree(policy.Body), skip: "displayName") : [],
        ResourceType.CrossTenantAccessPartner => _partners.GetValueOrDefault(key) is { } partner
            ? Leaves(GraphJson.ToTree(partner.Settings)) : [],
        _ => [],
    };

    /// <summary>The first object declared under each key (ignoring case), as a search of the stack would find it.</summary>
    private static Dictionary<string, T> ByKey<T>(IEnumerable<T> objects, Func<T, string> key)
    {
        var byKey = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in objects)
        {
            byKey.TryAdd(key(item), item);
        }

        return byKey;
    }

    /// <summary>A guest's keys as the stack names them; userType and accountEnabled always, with their defaults.</summary>
    private static List<PropertyRow> Guest(DesiredGuest guest)
    {
        (string Path, JsonNode? Value)[] values =
        [
            ("displayName", guest.DisplayName),
            ("userType", guest.ManagedUserType),
            ("accountEnabled", guest.ManagedAccountEnabled),
            ("redirectUrl", guest.RedirectUrl ?? DesiredGuest.DefaultRedirectUrl),
            ("sendInvitationMessage", guest.SendInvitationMessage),
            ("invitationMessage", guest.InvitationMessage),
        ];

        // Values of their own, in no tree: nothing to copy them out of.
        return values.Where(p => p.Value is not null).Select(p => new PropertyRow(p.Path, GraphJson.Render(p.Value), Unset) { Values = new(p.Value, null) }).ToList();
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

    private static readonly string Unset = GraphJson.Render(null);

    private static PropertyRow Row(string path, JsonNode? value) =>
        new(path, GraphJson.Render(value), Unset) { Values = new(value?.DeepClone(), null) };
}
