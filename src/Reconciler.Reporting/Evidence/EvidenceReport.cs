using Reconciler.Access.Evidence;
using Reconciler.Model.Live;

namespace Reconciler.Reporting.Evidence;

/// <summary>
/// The evidence a report shows: the window and how it was read, and what the replay found, or, when the sign-in log
/// could not be read, <see cref="Failure"/> (and the plan goes on without it).
/// </summary>
public sealed record EvidenceReport(int Days, ReadScope Scope, int Requests, int SignInsRead, EvidenceResult? Result, DiagnosticRow? Failure = null)
{
    public bool Available => Result is not null;

    /// <summary>The one line a pull request reads first.</summary>
    public string Verdict => EvidenceVerdict.Of(this);

    public static EvidenceReport Unavailable(int days, ReadScope scope, int requests, DiagnosticRow failure) =>
        new(days, scope, requests, 0, null, failure);
}
