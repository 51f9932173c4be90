using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// What a run found and what apply would do. A value: building it touches nothing, and it can be rendered,
/// gated and applied by others.
/// </summary>
public sealed record Plan
{
    /// <summary>How the tenant differs from the stack. For the drift report; apply reads <see cref="Actions"/>, never this.</summary>
    public required Drift Drift { get; init; }

    /// <summary>The writes, in the order they must run. Not to be reordered or filtered: later actions may need earlier ones.</summary>
    public IReadOnlyList<PlannedAction> Actions { get; init; } = [];

    /// <summary>Findings about the stack against this tenant (unresolved references, name clashes). Errors make the plan unappliable.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Gates that fired (lockout, tenant, engine). Blocking ones stop apply; overridden ones are kept for the record.</summary>
    public IReadOnlyList<SafetyFinding> SafetyFindings { get; init; } = [];

    /// <summary>Nothing to write. An empty plan can still carry drift-free warnings.</summary>
    public bool IsEmpty => Actions.Count == 0;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Apply may proceed: no error diagnostic and no blocking safety finding.</summary>
    public bool CanApply => !HasErrors && !SafetyFindings.Any(f => f.Blocks);

    public PlanSummary Summary => PlanSummary.Of(Actions);
}

/// <summary>"N to add, N to change, N to remove"; a reset counts as a change, a restore as an add.</summary>
public sealed record PlanSummary(int Add, int Change, int Remove)
{
    public static PlanSummary Of(IEnumerable<PlannedAction> actions)
    {
        var kinds = actions.Select(a => a.Kind).ToList();
        return new(
            kinds.Count(k => k is ChangeKind.Create or ChangeKind.Restore),
            kinds.Count(k => k is ChangeKind.Update or ChangeKind.Reset),
            kinds.Count(k => k == ChangeKind.Delete));
    }

    public override string ToString() => $"{Add} to add, {Change} to change, {Remove} to remove";
}
