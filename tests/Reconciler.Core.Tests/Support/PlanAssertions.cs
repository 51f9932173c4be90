using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning;

namespace Reconciler.Core.Tests.Support;

internal static class PlanAssertions
{
    public static ObjectDrift SingleDrift(this Plan plan, ResourceType type) =>
        Assert.Single(plan.Drift.Objects, d => d.ResourceType == type);

    public static string[] Codes(this Plan plan) =>
        [.. plan.Diagnostics.Select(d => d.Code), .. plan.SafetyFindings.Select(f => f.Diagnostic.Code)];

    public static void AssertConverges(Plan plan, DesiredState desired, LiveSnapshot live)
    {
        var after = FakeTenant.Apply(live, plan.Actions);
        var again = Planner.Plan(desired, after, PlanOptions.Default);
        Assert.True(again.IsEmpty, $"Re-plan not empty: {string.Join("; ", again.Actions)}");
        Assert.True(again.Drift.InSync, $"Still drifting: {string.Join("; ", again.Drift.Objects.SelectMany(o => o.Properties.Select(p => $"{o.Key} {p.Path}: {p.Declared} vs {p.Live}")))}");
    }
}
