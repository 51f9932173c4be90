using System.Text.Json.Nodes;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>
/// Guests: a missing one is invited, an existing one is adopted (never invited twice), and its userType,
/// accountEnabled and (when declared) displayName are kept in line. One deleted by hand is drift, restored from the
/// recycle bin; a member that was never invited with the same email stops the invitation with advice.
/// </summary>
internal static class GuestPlanner
{
    public static void Plan(IEnumerable<DesiredGuest> guests, LiveIndex index, PlanBuilder plan)
    {
        foreach (var guest in guests)
        {
            var live = index.Guest(guest.Email);
            if (live is not null)
            {
                plan.ClaimedUserIds.Add(live.Id);
            }

            if (guest.Ensure == Ensure.Absent)
            {
                PlanAbsent(guest, live, plan);
            }
            else if (live is null)
            {
                PlanMissing(guest, index, plan);
            }
            else
            {
                PlanExisting(guest, live, plan);
            }
        }
    }

    private static void PlanAbsent(DesiredGuest guest, LiveUser? live, PlanBuilder plan)
    {
        if (live is not null)
        {
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.ShouldBeAbsent, new DeleteGuest(live.Id, guest.Email));
        }
    }

    private static void PlanMissing(DesiredGuest guest, LiveIndex index, PlanBuilder plan)
    {
        if (index.Member(guest.Email) is { } member)
        {
            plan.Diagnostics.Add(PlanningDiagnostics.GuestEmailBelongsToMember(guest.Email, member.Id, guest.Source));
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Missing, action: null);
        }
        else if (index.DeletedUser(guest.Email) is { } deleted)
        {
            var since = deleted.DeletedDateTime?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown time";
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Deleted, new RestoreGuest(deleted.Id, guest.Email),
                [new PropertyDifference("deletedDateTime", "null", since) { Values = new(null, deleted.DeletedDateTime is { } at ? JsonValue.Create(at) : null) }]);
        }
        else
        {
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Missing, new InviteGuest(guest));
        }
    }

    private static void PlanExisting(DesiredGuest guest, LiveUser live, PlanBuilder plan)
    {
        plan.Guests.Add(new GuestInvitation(guest.Email, live.Id, live.ExternalUserState));
        // An ignored property is neither compared nor written: null here means "leave it alone".
        bool Managed(string path) => !guest.IgnoreChanges.Contains(path, StringComparer.Ordinal);
        var displayName = Managed("displayName") && guest.DisplayName is { } name && !string.Equals(name, live.DisplayName, StringComparison.Ordinal) ? name : null;
        var accountEnabled = Managed("accountEnabled") && guest.ManagedAccountEnabled != (live.AccountEnabled ?? true) ? guest.ManagedAccountEnabled : (bool?)null;
        var userType = Managed("userType") && !string.Equals(guest.ManagedUserType, live.UserType, StringComparison.OrdinalIgnoreCase) ? guest.ManagedUserType : null;
        if (displayName is null && accountEnabled is null && userType is null)
        {
            return;
        }

        List<PropertyDifference> differences = [];
        if (userType is not null)
        {
            differences.Add(PropertyDifference.Of("userType", userType, live.UserType));
        }

        if (accountEnabled is not null)
        {
            differences.Add(PropertyDifference.Of("accountEnabled", accountEnabled, live.AccountEnabled));
        }

        if (displayName is not null)
        {
            differences.Add(PropertyDifference.Of("displayName", displayName, live.DisplayName));
        }

        plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Changed, new UpdateGuest(live.Id, guest.Email, displayName, accountEnabled, userType), differences);
    }
}
