using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access.Evidence;

/// <summary>
/// What the evidence decides: a safety finding for each promoted policy the service says would have failed sign-ins
/// (an error under <c>b2b:promotion: requireEvidence</c>, else a warning), and notes on what was inferred and where
/// the replay and the service disagree.
/// </summary>
public static class EvidenceFindings
{
    public static IReadOnlyList<Diagnostic> Safety(EvidenceResult result, PromotionRule rule) =>
        [.. result.Promotions.Where(p => p.WouldFail).Select(p => EvidenceDiagnostics.PromotionWouldFail(
            p.DisplayName, p.ReportOnlyFailure, result.Days, Examples(p), rule == PromotionRule.RequireEvidence))];

    /// <summary>Under <c>requireEvidence</c>, every promotion the change makes when the log could not be read.</summary>
    public static IReadOnlyList<Diagnostic> WithoutEvidence(IEnumerable<EvidencePolicy> promoted, Diagnostic failure, PromotionRule rule) =>
        rule == PromotionRule.RequireEvidence
            ? [.. promoted.Select(p => EvidenceDiagnostics.PromotionWithoutEvidence(p.DisplayName, failure.Code))]
            : [];

    public static IReadOnlyList<Diagnostic> Notes(EvidenceResult result)
    {
        List<Diagnostic> notes = [];
        if (result.GuestsWithInferredHomeTenant > 0)
        {
            notes.Add(EvidenceDiagnostics.HomeTenantsInferred(result.GuestsWithInferredHomeTenant, string.Join(", ", result.InferredFromDomains)));
        }

        notes.AddRange(result.Agreement.Disagreements
            .GroupBy(d => d.Policy, StringComparer.Ordinal)
            .Select(g => EvidenceDiagnostics.ReplayDisagrees(g.Key, g.Sum(d => d.SignIns), g.First().Condition)));
        notes.AddRange(result.Promotions
            .Where(p => p.ReplayFailures != p.ReportOnlyFailure)
            .Select(p => EvidenceDiagnostics.PromotionReplayDisagrees(p.DisplayName, p.ReportOnlyFailure, p.ReplayFailures)));
        return notes;
    }

    private static string Examples(PromotionEvidence promotion) =>
        string.Join("; ", promotion.Examples.Where(e => e.Result == Model.Evidence.PolicyResults.ReportOnlyFailure)
            .Select(e => $"{e.Guest} into {e.App} at {e.At.UtcDateTime:yyyy-MM-dd HH:mm}Z, sign-in {e.SignInId}"));
}
