using Microsoft.Graph;
using Microsoft.Graph.Models;
using Reconciler.Graph.Transport;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Model.Tenant;
using Reconciler.Planning;
using Reconciler.Planning.Tenant;

namespace Reconciler.Graph.Guests;

/// <summary>Invites, updates, soft-deletes and restores guests.</summary>
internal sealed class GuestWriter(GraphServiceClient graph, GraphCaller caller)
{
    public Task<ActionOutcome> InviteAsync(InviteGuest action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, (probe, ct) => caller.CreateAsync(
            async attemptToken => (await graph.Invitations.PostAsync(Invitation(action.Guest), probe.Attach, attemptToken))?.InvitedUser?.Id ?? "",
            attemptToken => new UserLookup(graph, caller).IdByEmailAsync(action.Guest.Email, attemptToken),
            ct, mayHaveCommitted)!, cancellationToken);

    public Task<ActionOutcome> UpdateAsync(UpdateGuest action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => graph.Users[action.UserId].PatchAsync(Patch(action), probe.Attach, attemptToken), ct);
            return action.UserId;
        }, cancellationToken);

    public Task<ActionOutcome> DeleteAsync(DeleteGuest action, CancellationToken cancellationToken, bool mayHaveCommitted = false) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.DeleteAsync(attemptToken => graph.Users[action.UserId].DeleteAsync(probe.Attach, attemptToken), ct, mayHaveCommitted);
            return action.UserId;
        }, cancellationToken);

    /// <summary>Restores a guest from the recycle bin (<c>POST /directory/deletedItems/{id}/restore</c>): same id, same invitation.</summary>
    public Task<ActionOutcome> RestoreAsync(RestoreGuest action, CancellationToken cancellationToken) =>
        WriteOutcome.RunAsync(action, async (probe, ct) =>
        {
            await caller.RunAsync(attemptToken => graph.Directory.DeletedItems[action.UserId].Restore.PostAsync(probe.Attach, attemptToken), ct);
            return action.UserId;
        }, cancellationToken);

    /// <summary>A fresh model per attempt: the SDK resets change tracking after a send, so a reused one would send nothing.</summary>
    internal static User Patch(UpdateGuest action)
    {
        var patch = new User();
        if (action.DisplayName is { } name) patch.DisplayName = name;
        if (action.AccountEnabled is { } enabled) patch.AccountEnabled = enabled;
        if (action.UserType is { } type) patch.UserType = type;
        return patch;
    }

    internal static Invitation Invitation(DesiredGuest guest)
    {
        var invitation = new Invitation
        {
            InvitedUserEmailAddress = guest.Email,
            InviteRedirectUrl = guest.RedirectUrl ?? DesiredGuest.DefaultRedirectUrl,
            SendInvitationMessage = guest.SendInvitationMessage ?? false,
        };
        if (guest.DisplayName is { } name) invitation.InvitedUserDisplayName = name;
        // A declared B2B member is invited as one, rather than invited as a guest and patched on the next run.
        if (guest.UserType is { } type) invitation.InvitedUserType = type;
        if (guest.InvitationMessage is { } message) invitation.InvitedUserMessageInfo = new InvitedUserMessageInfo { CustomizedMessageBody = message };
        return invitation;
    }
}
