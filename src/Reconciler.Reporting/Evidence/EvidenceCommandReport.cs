using Reconciler.Planning;

namespace Reconciler.Reporting.Evidence;

/// <summary>
/// What <c>reconciler evidence</c> shows: which stack and tenant, the change it judges (the plan's summary), the
/// evidence, the safety findings it raises and the notes.
/// </summary>
public sealed record EvidenceCommandReport(
    ReportHeader Header,
    PlanSummary Change,
    EvidenceReport Evidence,
    IReadOnlyList<SafetyRow> Safety,
    IReadOnlyList<DiagnosticRow> Diagnostics);
