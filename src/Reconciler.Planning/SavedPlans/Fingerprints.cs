using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.SavedPlans;

/// <summary>
/// Stable hashes of actions and live objects. A fingerprint is SHA-256 over the record's JSON with every property
/// the reader kept, so any change a person can make to the object (a value, a list item, a rename, a delete) moves it.
/// </summary>
public static class Fingerprints
{
    /// <summary>What an action touches when nothing is there yet (a create).</summary>
    public const string Absent = "absent";

    private static readonly JsonSerializerOptions Canonical = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The action as JSON, with its own type's properties (not just the base record's).</summary>
    public static string CanonicalJson(PlannedAction action) => JsonSerializer.Serialize(action, action.GetType(), Canonical);

    public static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Hash(PlannedAction action) => Hash(CanonicalJson(action));

    /// <summary>The fingerprint of whatever the action's object is in <paramref name="live"/>, or <see cref="Absent"/>.</summary>
    public static string OfTouched(PlannedAction action, LiveSnapshot live)
    {
        var touched = Touched(action, live).ToList();
        return touched.Count == 0 ? Absent : Hash(string.Join('\n', touched.Select(o => Of(o)).Order(StringComparer.Ordinal)));
    }

    /// <summary>Every object the snapshot holds, in a stable order.</summary>
    public static IReadOnlyList<SavedObject> All(LiveSnapshot live) =>
    [
        .. live.Users.Select(u => new SavedObject(ResourceType.Guest, u.Id, u.Mail ?? u.UserPrincipalName ?? u.Id, Of(u))),
        .. live.DeletedUsers.Select(u => new SavedObject(ResourceType.Guest, u.Id, u.Mail ?? u.UserPrincipalName ?? u.Id, Of(u))),
        .. live.ConditionalAccessPolicies.Select(p => new SavedObject(ResourceType.ConditionalAccessPolicy, p.Id, p.DisplayName, Of(p))),
        new SavedObject(ResourceType.CrossTenantAccessDefault, "default", "default", Of(live.CrossTenantDefault)),
        .. live.Partners.Select(p => new SavedObject(ResourceType.CrossTenantAccessPartner, p.TenantId, p.TenantId, Of(p))),
    ];

    private static string Of(object value) => Hash(JsonSerializer.Serialize(value, value.GetType(), Canonical));

    /// <summary>
    /// The live records an action is about: a guest's users (live and soft-deleted) by email, a policy by name and by
    /// the id the action targets, a partner by tenant id, the default. Matching is wide on purpose: a second
    /// object appearing under the same key is a change too.
    /// </summary>
    private static IEnumerable<object> Touched(PlannedAction action, LiveSnapshot live) => action.ResourceType switch
    {
        ResourceType.Guest => live.Users.Concat(live.DeletedUsers).Where(u => Same(u.Mail, action.Key) || Same(u.UserPrincipalName, action.Key)),
        ResourceType.ConditionalAccessPolicy => live.ConditionalAccessPolicies.Where(p => Same(p.DisplayName, action.Key) || p.Id == PolicyId(action)),
        ResourceType.CrossTenantAccessDefault => [live.CrossTenantDefault],
        ResourceType.CrossTenantAccessPartner => live.Partners.Where(p => Same(p.TenantId, action.Key)),
        _ => [],
    };

    private static string? PolicyId(PlannedAction action) => action switch
    {
        UpdatePolicy update => update.PolicyId,
        DeletePolicy delete => delete.PolicyId,
        _ => null,
    };

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
