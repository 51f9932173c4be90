using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// A plan lists its actions in the order they go out: the stages of <see cref="ApplyStages"/> one after another, so
/// that what a person reviews and what apply sends never disagree.
/// </summary>
public static class ActionOrder
{
    public static IReadOnlyList<PlannedAction> Sort(IEnumerable<PlannedAction> actions) =>
        ApplyStages.Split([.. actions]).SelectMany(stage => stage.Actions).ToList();
}
