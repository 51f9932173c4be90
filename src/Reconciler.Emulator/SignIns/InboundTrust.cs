using System.Text.Json.Nodes;

namespace Reconciler.Emulator.SignIns;

/// <summary>Whether the tenant accepts MFA done in a guest's home tenant: the partner's inbound trust, else the default's.</summary>
internal static class InboundTrust
{
    public static bool AcceptsMfa(TenantStore store, string homeTenantId)
    {
        var partner = store.FindPartner(homeTenantId)?["inboundTrust"] as JsonObject;
        var fallback = store.DefaultPolicy["inboundTrust"] as JsonObject;
        return Accepts(partner) ?? Accepts(fallback) ?? false;
    }

    private static bool? Accepts(JsonObject? trust) =>
        trust?["isMfaAccepted"] is JsonValue value && value.TryGetValue<bool>(out var accepted) ? accepted : null;
}
