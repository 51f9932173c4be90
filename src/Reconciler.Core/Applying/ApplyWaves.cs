using Reconciler.Core.Planning;

namespace Reconciler.Core.Applying;

/// <summary>
/// Splits plan-ordered actions into waves whose members do not depend on each other, so a tenant may batch each
/// wave: cross-tenant settings, then guest invites and updates (a policy may name a new guest), then policies,
/// then guest deletes (no policy may still name a guest that is gone).
/// </summary>
internal static class ApplyWaves
{
    public static IEnumerable<IReadOnlyList<PlannedAction>> Split(IReadOnlyList<PlannedAction> actions) =>
        actions.GroupBy(Wave).OrderBy(g => g.Key).Select(g => (IReadOnlyList<PlannedAction>)g.ToList());

    private static int Wave(PlannedAction action) => action switch
    {
        { ResourceType: ResourceType.CrossTenantAccessDefault or ResourceType.CrossTenantAccessPartner } => 0,
        { ResourceType: ResourceType.Guest, Kind: not ChangeKind.Delete } => 1,
        { ResourceType: ResourceType.ConditionalAccessPolicy } => 2,
        _ => 3,
    };
}
