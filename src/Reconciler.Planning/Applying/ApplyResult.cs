using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning.Tenant;

namespace Reconciler.Planning.Applying;

public enum ApplyStatus
{
    /// <summary>The tenant matched the stack already; nothing was written.</summary>
    NothingToDo,

    /// <summary>Every action succeeded and a fresh plan is empty.</summary>
    Converged,

    /// <summary>The plan has errors or a safety gate blocks it, or a permission is missing; nothing was written.</summary>
    Refused,

    /// <summary>The person (or a non-interactive run without --yes) declined; nothing was written.</summary>
    Declined,

    /// <summary>Some actions failed; what was done stays done, and a rerun finishes the job.</summary>
    Partial,

    /// <summary>Every action succeeded but the tenant read back still differs.</summary>
    NotConverged,
}

/// <summary>What an apply or destroy did, for the CLI to render and log. <see cref="Outcomes"/> is in the order the actions ran.</summary>
public sealed record ApplyResult(ApplyStatus Status, Plan Plan, LiveSnapshot Before)
{
    public IReadOnlyList<ActionOutcome> Outcomes { get; init; } = [];

    /// <summary>Actions that were not attempted because the run stopped first.</summary>
    public IReadOnlyList<PlannedAction> NotAttempted { get; init; } = [];

    /// <summary>The plan made from the tenant as read back after the writes; empty when converged.</summary>
    public Plan? Verification { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The run was cancelled (an interrupt) part-way; <see cref="Outcomes"/> and <see cref="NotAttempted"/> say how far it got.</summary>
    public bool Interrupted { get; init; }

    public bool Succeeded => Status is ApplyStatus.NothingToDo or ApplyStatus.Converged;

    public int Writes => Outcomes.Count;
}
