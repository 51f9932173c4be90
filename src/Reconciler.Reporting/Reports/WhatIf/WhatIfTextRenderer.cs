using System.Text;
using Reconciler.Core.Access;
using Reconciler.Core.Model.ConditionalAccess;

namespace Reconciler.Core.Reports.WhatIf;

/// <summary>
/// The what-if result for a person: the outcome first, then the policies that apply and those that don't, with why,
/// and, when the tenant was asked too, what Graph's evaluate API says about each policy.
/// </summary>
public static class WhatIfTextRenderer
{
    public static string Render(AccessDecision decision, ServiceVerdict? service = null)
    {
        var text = new StringBuilder();
        text.Append("Outcome: ").AppendLine(Outcome(decision.Outcome));
        if (decision.Outcome.Mfa != MfaSatisfaction.NotRequired)
        {
            text.Append("MFA: ").AppendLine(Mfa(decision.Outcome.Mfa));
        }

        var applying = decision.Policies.Where(p => p.Applies).ToList();
        var notApplying = decision.Policies.Where(p => !p.Applies).ToList();
        text.AppendLine().AppendLine($"Policies that apply ({applying.Count})");
        foreach (var policy in applying)
        {
            var controls = policy.RequiredControls.Count == 0 ? "no grant controls" : string.Join(", ", policy.RequiredControls);
            text.AppendLine($"  + {policy.DisplayName} [{StateLabel(policy.State)}]: {controls}");
        }

        text.AppendLine().AppendLine($"Policies that do not apply ({notApplying.Count})");
        foreach (var policy in notApplying)
        {
            text.AppendLine($"  - {policy.DisplayName} [{StateLabel(policy.State)}]: {string.Join(", ", policy.Reasons)}");
        }

        if (service is not null)
        {
            WhatIfServiceText.Append(text, decision, service);
        }

        return text.ToString();
    }

    private static string Outcome(AccessOutcome outcome)
    {
        var summary = outcome switch
        {
            { Result: AccessResult.NoPolicy } => "no policy applies; access is not challenged by Conditional Access",
            { BlockReason: BlockReason.DirectConnectMfaNotTrusted } =>
                "block (MFA is required and a B2B direct connect user's home-tenant MFA is not trusted)",
            { Result: AccessResult.Block } => "block",
            { RequiredControls.Count: 0 } => "grant",
            _ => $"grant, requires {string.Join(" and ", outcome.RequiredControls)}",
        };
        return outcome.Enforced || outcome.Result == AccessResult.NoPolicy
            ? summary
            : $"{summary} (report-only: not enforced)";
    }

    private static string Mfa(MfaSatisfaction mfa) => mfa switch
    {
        MfaSatisfaction.HomeTenant => "satisfied by the home tenant's MFA (inbound trust accepts it)",
        MfaSatisfaction.ResourceTenant => "performed in this tenant (the user registers MFA here)",
        _ => "not required",
    };

    private static string StateLabel(string? state) => state switch
    {
        null => "state not declared",
        PolicyState.ReportOnly => "report-only",
        _ => state,
    };
}
