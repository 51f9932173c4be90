using System.Text;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting.WhatIf;

/// <summary>
/// The what-if result for a person: the outcome first, then the policies that apply and those that don't, with why,
/// and, when the tenant was asked too, what Graph's evaluate API says about each policy.
/// </summary>
public static class WhatIfTextRenderer
{
    /// <param name="user">The user as evaluated, printed first so an assumed type or an unknown home tenant is seen.</param>
    public static string Render(AccessDecision decision, ServiceVerdict? service = null, SignInUser? user = null)
    {
        var text = new StringBuilder();
        if (user is not null)
        {
            text.Append("User: ").AppendLine(Subject(user));
        }

        text.Append("Outcome: ").AppendLine(Outcome(decision.Outcome));
        if (ShowsMfa(decision.Outcome))
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

    /// <summary>Where MFA is done means nothing when the sign-in is blocked.</summary>
    internal static bool ShowsMfa(AccessOutcome outcome) =>
        outcome.Mfa != MfaSatisfaction.NotRequired && outcome.Result != AccessResult.Block;

    /// <summary>Who is signing in, as evaluated: a member, or an external user of a type from a home tenant (or an unknown one).</summary>
    internal static string Subject(SignInUser user)
    {
        if (user.ExternalUserType is not { } type)
        {
            return $"{user}, a member of this tenant";
        }

        var who = user.Id is null && user.Email is null ? $"any {type.ToToken()} user" : $"{user} as {type.ToToken()}";
        return $"{who}, home tenant {HomeTenant(user)}";
    }

    private static string HomeTenant(SignInUser user) => user switch
    {
        { HomeTenantId: null } => "not known (--home-tenant names it)",
        { HomeTenantInferredFrom: { } domain } => $"{user.HomeTenantId} (inferred from {domain})",
        _ => user.HomeTenantId,
    };

    internal static string Outcome(AccessOutcome outcome)
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

    internal static string Mfa(MfaSatisfaction mfa) => mfa switch
    {
        MfaSatisfaction.HomeTenant => "satisfied by the home tenant's MFA (inbound trust accepts it)",
        MfaSatisfaction.ResourceTenant => "performed in this tenant (the user registers MFA here)",
        _ => "not required",
    };

    internal static string StateLabel(string? state) => state switch
    {
        null => "state not declared",
        PolicyState.ReportOnly => "report-only",
        _ => state,
    };
}
