using System.Text.Json.Nodes;
using Reconciler.Emulator.Model;

namespace Reconciler.Emulator;

public sealed partial class TenantStore
{
    private readonly OrderedDictionary<string, JsonObject> _policies = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrderedDictionary<string, JsonObject> _partners = new(StringComparer.OrdinalIgnoreCase);
    private readonly OrderedDictionary<string, JsonObject> _tenantInformation = new(StringComparer.OrdinalIgnoreCase);
    private JsonObject _default;
    private JsonObject _root;

    // ---- used by route handlers, which already hold the lock ------------------------------------

    internal IEnumerable<JsonObject> PolicyValues => _policies.Values;
    internal JsonObject? FindPolicy(string id) => _policies.GetValueOrDefault(id);
    internal void CommitPolicy(string id, JsonObject? policy) => Commit(Entry("policy", id, policy));

    internal IEnumerable<JsonObject> PartnerValues => _partners.Values;
    internal JsonObject? FindPartner(string tenantId) => _partners.GetValueOrDefault(tenantId);
    internal void CommitPartner(string tenantId, JsonObject? partner) => Commit(Entry("partner", tenantId, partner));

    internal JsonObject DefaultPolicy => _default;
    internal void CommitDefault(JsonObject value) => Commit(Entry("default", null, value));

    internal JsonObject RootPolicy => _root;
    internal void CommitRoot(JsonObject value) => Commit(Entry("root", null, value));

    internal JsonObject? FindTenantInformation(string tenantId) => _tenantInformation.GetValueOrDefault(tenantId);
    internal void CommitTenantInformation(string tenantId, JsonObject info) => Commit(Entry("tenantInfo", tenantId, info));

    /// <summary>A foreign tenant by its default domain, as findTenantInformationByDomainName finds it.</summary>
    internal JsonObject? FindTenantInformationByDomain(string domain) =>
        _tenantInformation.Values.FirstOrDefault(info =>
            string.Equals(Http.Wire.AsString(info["defaultDomainName"]), domain, StringComparison.OrdinalIgnoreCase));

    // ---- public test/seed surface -------------------------------------------------------------

    public IReadOnlyList<JsonObject> ConditionalAccessPolicies() => Read(() => _policies.Values.Select(Clone).ToList());

    public JsonObject? GetConditionalAccessPolicy(string id) => Read(() => FindPolicy(id) is { } p ? Clone(p) : null);

    /// <summary>Adds a policy given as Graph JSON, normalised and validated as POST would; throws on invalid input.</summary>
    public JsonObject AddConditionalAccessPolicy(JsonObject policy) => Write(() =>
    {
        var id = Http.Wire.AsString(policy["id"]) ?? Guid.NewGuid().ToString();
        var built = ConditionalAccessRules.Build(policy, id, Http.Wire.AsString(policy["createdDateTime"]) ?? Http.Wire.Now(), null, out var failure)
            ?? throw new ArgumentException(failure!.Error!.Message, nameof(policy));
        CommitPolicy(id, built);
        return Clone(built);
    });

    public JsonObject CrossTenantDefault() => Read(() => Clone(_default));

    public IReadOnlyList<JsonObject> Partners() => Read(() => _partners.Values.Select(Clone).ToList());

    public JsonObject? GetPartner(string tenantId) => Read(() => FindPartner(tenantId) is { } p ? Clone(p) : null);

    /// <summary>Adds a partner configuration (Graph JSON with tenantId); throws on invalid input.</summary>
    public JsonObject AddPartner(JsonObject partner) => Write(() =>
    {
        var normalized = ShapeNormalizer.Normalize(CrossTenantShape.Partner, partner, out var error)
            ?? throw new ArgumentException(error, nameof(partner));
        var tenantId = Http.Wire.AsString(normalized["tenantId"]) ?? throw new ArgumentException("tenantId is required.", nameof(partner));
        CommitPartner(tenantId, normalized);
        return Clone(normalized);
    });

    /// <summary>Sets the default configuration from Graph JSON (isServiceDefault becomes false).</summary>
    public void SetCrossTenantDefault(JsonObject value) => Write(() =>
    {
        var normalized = ShapeNormalizer.Normalize(CrossTenantShape.Default, CrossTenantShape.Merge(_default, value), out var error)
            ?? throw new ArgumentException(error, nameof(value));
        normalized.Insert(0, "isServiceDefault", false);
        CommitDefault(normalized);
        return 0;
    });

    /// <summary>Names returned by findTenantInformationByTenantId for a foreign tenant.</summary>
    public void AddTenantInformation(string tenantId, string displayName, string? defaultDomainName = null) => Write(() =>
    {
        CommitTenantInformation(tenantId, new JsonObject
        {
            ["tenantId"] = tenantId,
            ["displayName"] = displayName,
            ["defaultDomainName"] = defaultDomainName,
            ["federationBrandName"] = null,
        });
        return 0;
    });

    private static JsonObject Clone(JsonObject o) => (JsonObject)o.DeepClone();
}
