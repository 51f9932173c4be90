using Reconciler.Core.Planning;

namespace Reconciler.Core.Applying;

/// <summary>Actions that do not depend on each other, sent as one batch once the stages it waits for are done.</summary>
/// <param name="Actions">In plan order; may be empty.</param>
/// <param name="WaitsFor">Indexes of earlier stages.</param>
internal sealed record ApplyStage(IReadOnlyList<PlannedAction> Actions, IReadOnlyList<int> WaitsFor);

/// <summary>
/// Splits plan-ordered actions into stages, each waiting only for what it depends on: cross-tenant settings first;
/// then guest invites and updates, the invitations of guests that policies name in a stage of their own; the
/// policies as soon as that stage has returned the guests' object ids, while the other guests are still being
/// invited; and guest deletes last, so that no policy still names a guest that is gone.
/// </summary>
internal static class ApplyStages
{
    public static IReadOnlyList<ApplyStage> Split(IReadOnlyList<PlannedAction> actions)
    {
        var crossTenant = actions.Where(a => a.ResourceType is ResourceType.CrossTenantAccessDefault or ResourceType.CrossTenantAccessPartner).ToList();
        var guests = actions.Where(a => a is { ResourceType: ResourceType.Guest, Kind: not ChangeKind.Delete }).ToList();
        var policies = actions.Where(a => a.ResourceType == ResourceType.ConditionalAccessPolicy).ToList();
        var rest = actions.Except(crossTenant).Except(guests).Except(policies).ToList();

        var named = policies.SelectMany(PendingReferences.In).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var namedInvites = guests.Where(g => g is InviteGuest invite && named.Contains(invite.Guest.Email)).ToList();
        var otherGuests = guests.Except(namedInvites).ToList();

        return
        [
            new(crossTenant, []),
            new(namedInvites, [0]),
            new(otherGuests, [0]),
            new(policies, [0, 1]),
            new(rest, [0, 1, 2, 3]),
        ];
    }
}
