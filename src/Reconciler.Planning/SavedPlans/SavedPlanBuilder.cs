using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.SavedPlans;

/// <summary>Turns a plan and the snapshot it was made from into what <c>plan --save</c> writes.</summary>
public static class SavedPlanBuilder
{
    public static SavedPlan From(Plan plan, LiveSnapshot live, string stackName, string tenantId, string stackHash, PlanOptions options, ReadScope scope, DateTimeOffset readAt) => new(
        stackName,
        tenantId,
        stackHash,
        readAt,
        SavedPlanOptions.From(options),
        scope,
        [.. plan.Actions.Select(a => Save(a, live))],
        Fingerprints.All(live));

    public static SavedAction Save(PlannedAction action, LiveSnapshot live)
    {
        var body = Fingerprints.CanonicalJson(action);
        return new SavedAction(action.ResourceType, action.Kind, action.Key, body, Fingerprints.Hash(body), Fingerprints.OfTouched(action, live));
    }
}
