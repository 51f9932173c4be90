using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Benchmarks.Tenant;

/// <summary>The seeded tenant and the declared stacks, both derived from the sizes so every run sees the same data.</summary>
internal static class BenchTenant
{
    public const string StackName = "bench";

    public static string GuestEmail(int i) => $"guest{i}@partner{i % 50}.example";

    public static string PolicyName(int i) => $"Bench policy {i}";

    public static string PartnerId(int i) => $"00000000-0000-4000-8000-{i.ToString("D12", CultureInfo.InvariantCulture)}";

    public static void Seed(TenantStore store, BenchOptions options)
    {
        store.AddGuests(Enumerable.Range(0, options.Guests).Select(i => (GuestEmail(i), (string?)$"Guest {i}")));
        for (var i = 0; i < options.Policies; i++)
        {
            store.AddConditionalAccessPolicy(Policy(PolicyName(i)));
        }
        for (var i = 0; i < options.Partners; i++)
        {
            store.AddPartner(new JsonObject { ["tenantId"] = PartnerId(i), ["inboundTrust"] = new JsonObject { ["isMfaAccepted"] = true } });
        }
    }

    private static JsonObject Policy(string name) => new()
    {
        ["displayName"] = name,
        ["state"] = "enabledForReportingButNotEnforced",
        ["conditions"] = new JsonObject
        {
            ["clientAppTypes"] = new JsonArray("all"),
            ["applications"] = new JsonObject { ["includeApplications"] = new JsonArray("All") },
            ["users"] = new JsonObject
            {
                ["includeGuestsOrExternalUsers"] = new JsonObject
                {
                    ["guestOrExternalUserTypes"] = "b2bCollaborationGuest",
                    ["externalTenants"] = new JsonObject { ["@odata.type"] = "#microsoft.graph.conditionalAccessAllExternalTenants", ["membershipKind"] = "all" },
                },
            },
        },
        ["grantControls"] = new JsonObject { ["operator"] = "OR", ["builtInControls"] = new JsonArray("mfa") },
    };
}
