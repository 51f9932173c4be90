namespace Reconciler.Core.Planning;

/// <summary>
/// The order writes must run in: cross-tenant settings first (the default, then partners), then guests so a new
/// guest exists before a policy names it, then policies, and guest deletes last so no policy still names a guest
/// that is gone. Within a step the stack's own order is kept.
/// </summary>
public static class ActionOrder
{
    public static IReadOnlyList<PlannedAction> Sort(IEnumerable<PlannedAction> actions) =>
        actions.OrderBy(Step).ToList();

    private static int Step(PlannedAction action) => action switch
    {
        { ResourceType: ResourceType.CrossTenantAccessDefault } => 0,
        { ResourceType: ResourceType.CrossTenantAccessPartner } => 1,
        { ResourceType: ResourceType.Guest, Kind: not ChangeKind.Delete } => 2,
        { ResourceType: ResourceType.ConditionalAccessPolicy } => 3,
        _ => 4,
    };
}
