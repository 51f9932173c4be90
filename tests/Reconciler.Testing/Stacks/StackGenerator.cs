using System.Text;

namespace Reconciler.Testing.Stacks;

/// <summary>
/// Seeded stacks over a small fixed cast, so consecutive stacks add, change and remove the same objects.
/// A guest once declared absent stays gone (a deleted guest waits in the recycle bin and blocks a new invitation).
/// </summary>
public sealed class StackGenerator(Random random)
{
    public const string BreakGlass = "breakglass@contoso.example";

    private static readonly string[] StayingGuests = ["alex@fabrikam.example", "bea@fabrikam.example", "chen@tailspin.example"];
    private static readonly string[] LeavingGuests = ["dana@tailspin.example", "eli@northwind.example"];
    private static readonly (string Name, string App)[] Policies =
    [
        ("Require MFA for B2B portal access", "797f4846-ba00-4fd7-ba43-dac1f8f63013"),
        ("Guests: MFA for Office 365", "Office365"),
        ("Guests: MFA for admin portals", "MicrosoftAdminPortals"),
    ];

    private static readonly string[] Partners = ["3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e"];
    private static readonly string[] States = ["enabled", "enabledForReportingButNotEnforced", "disabled"];

    private readonly HashSet<string> _gone = [];

    /// <summary>Every object present: the stack with the most writes from an empty tenant.</summary>
    public static string Everything() => new StackGenerator(new Random(0)).Build(presentOnly: true);

    public string Next() => Build(presentOnly: false);

    private string Build(bool presentOnly)
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("config:");
        yaml.AppendLine("  azuread:tenantId: 0f4e6c1a-0000-4000-8000-000000000001");
        yaml.AppendLine($"  b2b:breakGlassAccounts: [{BreakGlass}]");
        var present = new List<string>();
        yaml.AppendLine("  b2b:guests:");
        foreach (var email in StayingGuests.Concat(LeavingGuests))
        {
            var leaving = LeavingGuests.Contains(email);
            var ensure = presentOnly ? "present" : Pick(_gone.Contains(email) ? ["absent", "omit"] : leaving ? ["present", "absent", "omit"] : ["present", "present", "omit"]);
            if (ensure == "omit")
            {
                continue;
            }
            yaml.AppendLine($"    - email: {email}");
            if (ensure == "absent")
            {
                _gone.Add(email);
                yaml.AppendLine("      ensure: absent");
                continue;
            }
            present.Add(email);
            yaml.AppendLine($"      displayName: {Pick(["Guest", "Guest (partner)"])} {email.Split('@')[0]}");
        }

        yaml.AppendLine("  b2b:conditionalAccessPolicies:");
        foreach (var (name, app) in Policies)
        {
            var ensure = presentOnly ? "present" : Pick(["present", "present", "absent", "omit"]);
            if (ensure == "omit")
            {
                continue;
            }
            yaml.AppendLine($"    - displayName: '{name}'");
            if (ensure == "absent")
            {
                yaml.AppendLine("      ensure: absent");
                continue;
            }
            var excluded = present.Count > 0 && random.Next(3) == 0 ? $", {present[random.Next(present.Count)]}" : "";
            yaml.AppendLine($$"""
                      state: {{(presentOnly ? "enabled" : Pick(States))}}
                      conditions:
                        clientAppTypes: [all]
                        applications: {includeApplications: [{{app}}]}
                        users:
                          includeGuestsOrExternalUsers:
                            guestOrExternalUserTypes: [b2bCollaborationGuest, b2bCollaborationMember]
                            externalTenants: {membershipKind: all}
                          excludeUsers: [{{BreakGlass}}{{excluded}}]
                      grantControls: {operator: OR, builtInControls: [mfa]}
                """);
        }

        yaml.AppendLine("  b2b:crossTenantAccess:");
        yaml.AppendLine($"    default: {{inboundTrust: {{isMfaAccepted: {Bool()}}}}}");
        yaml.AppendLine("    partners:");
        foreach (var tenantId in Partners)
        {
            var ensure = presentOnly ? "present" : Pick(["present", "present", "absent", "omit"]);
            if (ensure == "omit")
            {
                continue;
            }
            yaml.AppendLine($"      - tenantId: {tenantId}");
            yaml.AppendLine(ensure == "absent" ? "        ensure: absent" : $"        inboundTrust: {{isMfaAccepted: {Bool()}}}");
        }
        return yaml.ToString();
    }

    private string Pick(string[] options) => options[random.Next(options.Length)];

    private string Bool() => random.Next(2) == 0 ? "true" : "false";
}
