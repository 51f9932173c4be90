using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>The read-only question "is the tenant as declared?": the plan's comparison without its actions.</summary>
public static class DriftChecker
{
    public static DriftResult Check(DesiredState desired, LiveSnapshot live, PlanOptions? options = null)
    {
        var plan = Planner.Plan(desired, live, (options ?? PlanOptions.Default) with { ForApply = false });
        return new DriftResult(plan.Drift, [.. plan.Diagnostics, .. plan.SafetyFindings.Where(f => f.Blocks && f.OverrideName is null).Select(f => f.Diagnostic)]);
    }
}

/// <summary>Drift and the findings that qualify it (an unresolved reference, or a wrong tenant that made the comparison impossible).</summary>
public sealed record DriftResult(Drift Drift, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
