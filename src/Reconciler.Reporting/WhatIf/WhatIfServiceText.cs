using System.Text;
using Reconciler.Access;
using Reconciler.Model.Access;
using Reconciler.Reporting.Access;

namespace Reconciler.Reporting.WhatIf;

/// <summary>
/// The "Graph's evaluate API says" section: the tenant's own verdict on each policy next to ours, every
/// disagreement marked, so a person can trust (or question) the offline evaluation.
/// </summary>
internal static class WhatIfServiceText
{
    public static void Append(StringBuilder text, AccessDecision decision, ServiceVerdict service)
    {
        text.AppendLine();
        if (!service.Available)
        {
            text.AppendLine($"Graph's evaluate API: not available ({service.Note})");
            return;
        }

        var comparisons = VerdictComparison.Compare(decision, service);
        var agreeing = comparisons.Count(c => c.Agrees);
        text.AppendLine($"Graph's evaluate API says (agrees on {agreeing} of {comparisons.Count})");
        foreach (var comparison in comparisons)
        {
            text.AppendLine(Line(comparison));
        }
    }

    private static string Line(VerdictComparison comparison) => comparison switch
    {
        { Service: null } => $"  ?        {comparison.DisplayName}: not reported by Graph",
        { Ours: null } => $"  ?        {comparison.DisplayName}: {Verdict(comparison.Service.Applies, comparison.Service.Reasons)} (not evaluated here)",
        { Agrees: true } => $"  agree    {comparison.DisplayName}: {Verdict(comparison.Service.Applies, comparison.Service.Reasons)}",
        _ => $"  DISAGREE {comparison.DisplayName}: {Verdict(comparison.Service.Applies, comparison.Service.Reasons)}; we say {Verdict(comparison.Ours.Applies, comparison.Ours.Reasons)}",
    };

    private static string Verdict(bool applies, IReadOnlyList<string> reasons) =>
        applies ? "applies" : reasons.Count == 0 ? "does not apply" : $"does not apply ({string.Join(", ", reasons)})";
}
