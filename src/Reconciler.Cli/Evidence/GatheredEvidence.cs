using Reconciler.Model.Diagnostics;
using Reconciler.Reporting.Evidence;

namespace Reconciler.Cli.Evidence;

/// <summary>
/// The evidence one run read: the block reports show, the safety findings it raises (warnings, or errors under
/// <c>requireEvidence</c>), and the notes (what was inferred, where the replay and the service disagree, or why the
/// log could not be read).
/// </summary>
internal sealed record GatheredEvidence(EvidenceReport Report, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<Diagnostic> Notes)
{
    /// <summary>The failure that kept the log unread, or null.</summary>
    public Diagnostic? Failure { get; init; }
}
