using Reconciler.Core.DesiredState;
using Reconciler.Core.Diagnostics;
using Reconciler.Core.Live;

namespace Reconciler.Core.Planning;

/// <summary>
/// Guests: a missing one is invited, an existing one is adopted (never invited twice), and only displayName and
/// accountEnabled are kept in line. A member or a soft-deleted user with the same email stops the invitation with advice.
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
            plan.Diagnostics.Add(PlanningDiagnostics.GuestSoftDeleted(guest.Email, deleted.Id, guest.Source));
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Missing, action: null);
        }
        else
        {
            plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Missing, new InviteGuest(guest));
        }
    }

    private static void PlanExisting(DesiredGuest guest, LiveUser live, PlanBuilder plan)
    {
        plan.Guests.Add(new GuestInvitation(guest.Email, live.Id, live.ExternalUserState));
        var displayName = guest.DisplayName is { } name && !string.Equals(name, live.DisplayName, StringComparison.Ordinal) ? name : null;
        var accountEnabled = guest.AccountEnabled is { } enabled && enabled != live.AccountEnabled ? enabled : (bool?)null;
        if (displayName is null && accountEnabled is null)
        {
            return;
        }

        List<PropertyDifference> differences = [];
        if (displayName is not null)
        {
            differences.Add(new("displayName", displayName, live.DisplayName ?? "null"));
        }

        if (accountEnabled is not null)
        {
            differences.Add(new("accountEnabled", Render(accountEnabled), Render(live.AccountEnabled)));
        }

        plan.Found(ResourceType.Guest, guest.Email, DriftStatus.Changed, new UpdateGuest(live.Id, guest.Email, displayName, accountEnabled), differences);
    }

    private static string Render(bool? value) => value is null ? "null" : value.Value ? "true" : "false";
}
