using System.Text;
using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Cli.Tests.Scale;

/// <summary>A tenant of a few thousand guests and a stack that names some of them (a tenth renamed) and some new ones.</summary>
internal static class ScaleStack
{
    public static string Existing(int i) => $"guest{i}@partner{i % 7}.example";

    public static string New(int i) => $"new{i}@newco.example";

    public static void Seed(TenantStore store, int guests, int policies, int partners, int from = 0)
    {
        store.AddGuests(Enumerable.Range(from, guests).Select(i => (Existing(i), (string?)$"Guest {i}")));
        for (var i = 0; i < policies; i++)
        {
            store.AddConditionalAccessPolicy(new JsonObject
            {
                ["displayName"] = $"Seeded policy {i}",
                ["state"] = "disabled",
                ["conditions"] = new JsonObject
                {
                    ["applications"] = new JsonObject { ["includeApplications"] = new JsonArray("None") },
                    ["users"] = new JsonObject { ["includeUsers"] = new JsonArray("None") },
                },
                ["grantControls"] = new JsonObject { ["operator"] = "OR", ["builtInControls"] = new JsonArray("mfa") },
            });
        }
        for (var i = 0; i < partners; i++)
        {
            store.AddPartner(new JsonObject { ["tenantId"] = PartnerId(i) });
        }
    }

    public static string PartnerId(int i) => $"00000000-0000-4000-8000-{i:D12}";

    /// <summary>Declares <paramref name="existing"/> seeded guests (every tenth renamed), <paramref name="fresh"/> new ones and report-only policies naming new guests.</summary>
    public static string Yaml(string tenantId, int existing, int fresh, int policies, int partners)
    {
        var text = new StringBuilder().AppendLine("config:").AppendLine($"  azuread:tenantId: {tenantId}").AppendLine("  b2b:guests:");
        for (var i = 0; i < existing; i++)
        {
            text.AppendLine($"    - email: {Existing(i)}").AppendLine($"      displayName: {(i % 10 == 0 ? "Renamed" : "Guest")} {i}");
        }
        for (var i = 0; i < fresh; i++)
        {
            text.AppendLine($"    - email: {New(i)}");
        }
        text.AppendLine("  b2b:conditionalAccessPolicies:");
        for (var i = 0; i < policies; i++)
        {
            text.AppendLine($"    - displayName: Scale policy {i}").AppendLine("      state: enabledForReportingButNotEnforced")
                .AppendLine("      conditions:").AppendLine("        clientAppTypes: [all]").AppendLine("        applications:")
                .AppendLine("          includeApplications: [All]").AppendLine("        users:").AppendLine($"          includeUsers: [{New(i % Math.Max(1, fresh))}]")
                .AppendLine("      grantControls:").AppendLine("        operator: OR").AppendLine("        builtInControls: [mfa]");
        }
        text.AppendLine("  b2b:crossTenantAccess:").AppendLine("    partners:");
        for (var i = 0; i < partners; i++)
        {
            text.AppendLine($"      - tenantId: {PartnerId(i)}").AppendLine("        inboundTrust:").AppendLine("          isMfaAccepted: true");
        }
        return text.ToString();
    }
}
