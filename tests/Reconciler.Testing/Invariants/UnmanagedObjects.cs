using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Testing.Invariants;

/// <summary>
/// Objects someone made by hand that no stack declares: a guest, a policy and a partner. The tool may report them
/// but must never change them, so their stored JSON is compared byte for byte.
/// </summary>
public sealed class UnmanagedObjects
{
    public const string GuestEmail = "kim@handmade.example";
    public const string PolicyName = "Hand-made: block legacy clients";
    public const string PartnerTenantId = "9e8d7c6b-5a49-4382-9170-e6d5c4b3a291";

    private readonly TenantStore _store;
    private readonly string _guestId;
    private readonly string _policyId;
    private readonly string _original;

    private UnmanagedObjects(TenantStore store, string guestId, string policyId)
    {
        _store = store;
        _guestId = guestId;
        _policyId = policyId;
        _original = Current();
    }

    public static UnmanagedObjects Seed(TenantStore store)
    {
        var guest = store.AddGuest(GuestEmail, "Kim (invited by hand)");
        var policy = store.AddConditionalAccessPolicy(JsonNode.Parse($$$"""
            {"displayName": "{{{PolicyName}}}", "state": "enabledForReportingButNotEnforced",
             "conditions": {"clientAppTypes": ["exchangeActiveSync", "other"],
                            "applications": {"includeApplications": ["All"]},
                            "users": {"includeUsers": ["All"]}},
             "grantControls": {"operator": "OR", "builtInControls": ["block"]}}
            """)!.AsObject());
        store.AddPartner(new JsonObject { ["tenantId"] = PartnerTenantId, ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = false } });
        return new UnmanagedObjects(store, (string)guest["id"]!, (string)policy["id"]!);
    }

    /// <summary>The three objects as stored now; a missing one reads as null.</summary>
    public string Current() => new JsonArray(
        _store.GetUser(_guestId),
        _store.GetConditionalAccessPolicy(_policyId),
        _store.GetPartner(PartnerTenantId)).ToJsonString();

    public bool Untouched => Current() == _original;

    /// <summary>The before and after of the three objects when any changed, or null when all are byte-identical.</summary>
    public string? Changes() => Untouched ? null : $"unmanaged objects changed.\nbefore: {_original}\nafter:  {Current()}";
}
