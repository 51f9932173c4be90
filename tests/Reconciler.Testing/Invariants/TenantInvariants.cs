using Reconciler.Emulator;

namespace Reconciler.Testing.Invariants;

/// <summary>What must hold in a tenant at every moment, whatever failed: one object per key.</summary>
public static class TenantInvariants
{
    /// <summary>Every key held by more than one object: guests by mail, policies by displayName, partners by tenant id.</summary>
    public static IReadOnlyList<string> Duplicates(TenantStore store) =>
    [
        .. Repeated("guest", store.Users().Select(u => (string?)u["mail"] ?? (string?)u["userPrincipalName"])),
        .. Repeated("policy", store.ConditionalAccessPolicies().Select(p => (string?)p["displayName"])),
        .. Repeated("partner", store.Partners().Select(p => (string?)p["tenantId"])),
    ];

    private static IEnumerable<string> Repeated(string kind, IEnumerable<string?> keys) =>
        keys.OfType<string>()
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Count()} {kind} objects for '{g.Key}'");
}
