using System.Text;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting.WhatIf;

/// <summary>
/// The what-if result for a pull request or a job summary: the outcome as a heading, each policy as a table row
/// with what it requires or why it does not apply, and Graph's own verdict as the text report prints it.
/// </summary>
public static class WhatIfMarkdownRenderer
{
    public static string Render(AccessDecision decision, ServiceVerdict? service = null, SignInUser? user = null)
    {
        var text = new StringBuilder();
        text.Append("### What if: ").AppendLine(WhatIfTextRenderer.Outcome(decision.Outcome)).AppendLine();
        if (user is not null)
        {
            text.Append("**User**: ").AppendLine(WhatIfTextRenderer.Subject(user)).AppendLine();
        }

        if (WhatIfTextRenderer.ShowsMfa(decision.Outcome))
        {
            text.Append("**MFA**: ").AppendLine(WhatIfTextRenderer.Mfa(decision.Outcome.Mfa)).AppendLine();
        }

        text.AppendLine("| policy | state | applies | requires, or why not |").AppendLine("|---|---|---|---|");
        foreach (var policy in decision.Policies.OrderByDescending(p => p.Applies))
        {
            var detail = policy.Applies
                ? (policy.RequiredControls.Count == 0 ? "no grant controls" : string.Join(", ", policy.RequiredControls))
                : string.Join(", ", policy.Reasons);
            text.AppendLine($"| {Cell(policy.DisplayName)} | {WhatIfTextRenderer.StateLabel(policy.State)} | {(policy.Applies ? "yes" : "no")} | {Cell(detail)} |");
        }

        if (service is not null)
        {
            var verdict = new StringBuilder();
            WhatIfServiceText.Append(verdict, decision, service);
            text.AppendLine().AppendLine("```text").Append(verdict.ToString().TrimStart('\n', '\r')).AppendLine("```");
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);
}
