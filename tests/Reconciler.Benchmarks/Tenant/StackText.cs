using System.Text;

namespace Reconciler.Benchmarks.Tenant;

/// <summary>
/// Declared stacks as a person would write them. The drift stack names half seeded objects (a tenth of those guests
/// renamed, so there is drift to find) and half new ones; the apply stack of run N invites new guests and creates
/// report-only policies that name them, so every run writes the same amount.
/// </summary>
internal static class StackText
{
    public const string ProjectYaml = "name: b2b\nruntime: dotnet\nmain: infra/\n";

    public static string Drift(BenchOptions options, string tenantId)
    {
        var text = Header(tenantId);
        text.AppendLine("  b2b:guests:");
        for (var i = 0; i < options.DeclaredGuests; i++)
        {
            var existing = i < options.DeclaredGuests / 2;
            var email = existing ? BenchTenant.GuestEmail(i) : $"new{i}@newco.example";
            var name = existing && i % 10 != 0 ? $"Guest {i}" : $"Renamed {i}";
            text.AppendLine($"    - email: {email}").AppendLine($"      displayName: {name}");
        }
        text.AppendLine("  b2b:conditionalAccessPolicies:");
        for (var i = 0; i < options.DeclaredPolicies; i++)
        {
            Policy(text, i < options.DeclaredPolicies / 2 ? BenchTenant.PolicyName(i) : $"Bench new policy {i}", null);
        }
        Partners(text, options);
        return text.ToString();
    }

    public static string Apply(BenchOptions options, string tenantId, int run)
    {
        var text = Header(tenantId);
        text.AppendLine("  b2b:guests:");
        for (var i = 0; i < options.DeclaredGuests; i++)
        {
            text.AppendLine($"    - email: {ApplyGuest(run, i)}").AppendLine($"      displayName: Applied {run}-{i}");
        }
        text.AppendLine("  b2b:conditionalAccessPolicies:");
        for (var i = 0; i < options.DeclaredPolicies; i++)
        {
            Policy(text, $"Bench apply {run} policy {i}", ApplyGuest(run, i));
        }
        return text.ToString();
    }

    public static string ApplyGuest(int run, int i) => $"applied{run}-{i}@newco.example";

    private static StringBuilder Header(string tenantId) => new StringBuilder()
        .AppendLine("config:")
        .AppendLine($"  azuread:tenantId: {tenantId}");

    private static void Policy(StringBuilder text, string name, string? includeUser)
    {
        text.AppendLine($"    - displayName: {name}")
            .AppendLine("      state: enabledForReportingButNotEnforced")
            .AppendLine("      conditions:")
            .AppendLine("        clientAppTypes: [all]")
            .AppendLine("        applications:")
            .AppendLine("          includeApplications: [All]")
            .AppendLine("        users:");
        if (includeUser is null)
        {
            text.AppendLine("          includeGuestsOrExternalUsers:")
                .AppendLine("            guestOrExternalUserTypes: [b2bCollaborationGuest]")
                .AppendLine("            externalTenants:")
                .AppendLine("              membershipKind: all");
        }
        else
        {
            text.AppendLine($"          includeUsers: [{includeUser}]");
        }
        text.AppendLine("      grantControls:")
            .AppendLine("        operator: OR")
            .AppendLine("        builtInControls: [mfa]");
    }

    private static void Partners(StringBuilder text, BenchOptions options)
    {
        text.AppendLine("  b2b:crossTenantAccess:").AppendLine("    partners:");
        for (var i = 0; i < options.DeclaredPartners; i++)
        {
            var tenantId = i < options.DeclaredPartners / 2 ? BenchTenant.PartnerId(i) : BenchTenant.PartnerId(1_000_000 + i);
            text.AppendLine($"      - tenantId: {tenantId}")
                .AppendLine("        inboundTrust:")
                .AppendLine("          isMfaAccepted: true");
        }
    }
}
