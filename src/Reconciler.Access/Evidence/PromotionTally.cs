using Reconciler.Model.Evidence;

namespace Reconciler.Access.Evidence;

/// <summary>One promoted policy's report-only results as the service logged them, with the first few failed and the first few interrupted sign-ins.</summary>
internal sealed class PromotionTally(EvidencePolicy policy)
{
    private const int ExampleCount = 3;

    private readonly Dictionary<string, int> _results = new(StringComparer.Ordinal);
    private readonly List<PromotionExample> _examples = [];
    private int _replayFailures;

    public void Add(SignInGroup group, EvidenceGuest guest, string result, bool replayFails)
    {
        _results[result] = _results.GetValueOrDefault(result) + group.Count;
        _replayFailures += replayFails ? group.Count : 0;
        if (result is PolicyResults.ReportOnlyFailure or PolicyResults.ReportOnlyInterrupted)
        {
            var kept = _examples.Count(e => e.Result == result);
            foreach (var example in group.Examples.Take(ExampleCount - kept))
            {
                _examples.Add(new PromotionExample(example.Id, example.At, guest.Email ?? guest.UserId, group.AppDisplayName ?? group.Facts.AppId ?? "(no app)", result));
            }
        }
    }

    /// <summary>Failures are the examples to show first: they are what the safety finding is about.</summary>
    public PromotionEvidence Build() => new(
        policy.Id,
        policy.DisplayName,
        _results.GetValueOrDefault(PolicyResults.ReportOnlySuccess),
        _results.GetValueOrDefault(PolicyResults.ReportOnlyFailure),
        _results.GetValueOrDefault(PolicyResults.ReportOnlyInterrupted),
        _results.GetValueOrDefault(PolicyResults.ReportOnlyNotApplied),
        _replayFailures,
        [.. _examples.OrderBy(e => e.Result == PolicyResults.ReportOnlyFailure ? 0 : 1).ThenByDescending(e => e.At)]);
}
