using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>Actions that do not depend on each other, sent as one batch once the stages it waits for are done.</summary>
/// <param name="Actions">In plan order; may be empty.</param>
/// <param name="WaitsFor">Indexes of earlier stages.</param>
internal sealed record ApplyStage(IReadOnlyList<PlannedAction> Actions, IReadOnlyList<int> WaitsFor);

/// <summary>
/// The write order, and the only place it is written: stages, each waiting only for what it depends on. Cross-tenant
/// settings first; then guest invites and updates, the invitations of guests that policies name in a stage of their
/// own; the policies as soon as that stage has returned the guests' object ids, while the other guests are still
/// being invited; and guest deletes last, so that no policy still names a guest that is gone. Within a stage the
/// stack's own order is kept. A plan lists its actions in stage order (<see cref="ActionOrder"/>), and the apply
/// engine sends each stage as one batch.
/// </summary>
internal static class ApplyStages
{
    private const int CrossTenant = 0, NamedInvites = 1, OtherGuests = 2, Policies = 3, Last = 4;

    public static IReadOnlyList<ApplyStage> Split(IReadOnlyList<PlannedAction> actions)
    {
        var named = actions.Where(a => a.ResourceType == ResourceType.ConditionalAccessPolicy)
            .SelectMany(PendingReferences.In)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byStage = actions.ToLookup(action => action switch
        {
            { ResourceType: ResourceType.CrossTenantAccessDefault or ResourceType.CrossTenantAccessPartner } => CrossTenant,
            InviteGuest invite when named.Contains(invite.Guest.Email) => NamedInvites,
            { ResourceType: ResourceType.Guest, Kind: not ChangeKind.Delete } => OtherGuests,
            { ResourceType: ResourceType.ConditionalAccessPolicy } => Policies,
            _ => Last,
        });

        return
        [
            new([.. byStage[CrossTenant]], []),
            new([.. byStage[NamedInvites]], [CrossTenant]),
            new([.. byStage[OtherGuests]], [CrossTenant]),
            new([.. byStage[Policies]], [CrossTenant, NamedInvites]),
            new([.. byStage[Last]], [CrossTenant, NamedInvites, OtherGuests, Policies]),
        ];
    }
}
