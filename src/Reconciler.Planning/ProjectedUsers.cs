using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// The users and deleted users of <see cref="TenantAfterPlan"/>, changed in place by the guest actions: an invite
/// appends, an update replaces, a delete moves a user to the recycle bin and a restore moves it back. Users keep their
/// order (the tenant's, then the plan's), as copying the lists action by action kept it.
/// </summary>
internal sealed class ProjectedUsers(LiveSnapshot live)
{
    private readonly UserSlots _users = new(live.Users);
    private readonly UserSlots _deleted = new(live.DeletedUsers);
    private int _guestCount = live.GuestCount;
    private bool _applied;

    /// <summary>Applies a guest action; false for any other, which the caller applies to the snapshot.</summary>
    public bool Apply(PlannedAction action)
    {
        _applied |= action is InviteGuest or UpdateGuest or RestoreGuest or DeleteGuest;
        switch (action)
        {
            case InviteGuest invite:
                _users.Add(Invited(invite));
                _guestCount++;
                return true;
            case UpdateGuest update:
                _users.Replace(update.UserId, u => Updated(u, update));
                return true;
            case RestoreGuest restore:
                foreach (var user in _deleted.Remove(restore.UserId))
                {
                    _users.Add(user with { DeletedDateTime = null });
                }

                _guestCount++;
                return true;
            case DeleteGuest delete:
                foreach (var user in _users.Remove(delete.UserId))
                {
                    _deleted.Add(user);
                }

                _guestCount--;
                return true;
            default:
                return false;
        }
    }

    /// <summary><paramref name="projected"/> with the users as the guest actions left them.</summary>
    public LiveSnapshot Into(LiveSnapshot projected) =>
        _applied
            ? projected with { Users = _users.ToList(), DeletedUsers = _deleted.ToList(), GuestCount = _guestCount }
            : projected;

    private static LiveUser Invited(InviteGuest invite) => new()
    {
        Id = TenantAfterPlan.NewGuestId(invite),
        Mail = invite.Guest.Email,
        DisplayName = invite.Guest.DisplayName,
        UserType = invite.Guest.ManagedUserType,
        AccountEnabled = invite.Guest.ManagedAccountEnabled,
        ExternalUserState = "PendingAcceptance",
        CreationType = "Invitation",
    };

    /// <summary>A user PATCH: each property sent replaces the one held; a null one is not sent.</summary>
    private static LiveUser Updated(LiveUser user, UpdateGuest update) => user with
    {
        DisplayName = update.DisplayName ?? user.DisplayName,
        AccountEnabled = update.AccountEnabled ?? user.AccountEnabled,
        UserType = update.UserType ?? user.UserType,
    };
}
