using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning.Unmanaged;

/// <summary>
/// Conditional Access grants a sign-in only when every policy that applies is satisfied, so no policy can exempt
/// anyone from the MFA another one asks for: an undeclared policy only ever adds requirements. It weakens guest access
/// of the stack in one case only: it is an enabled policy that asks guests for MFA, it leaves a declared guest out
/// (by object id in <c>excludeUsers</c>, or by the guest's user type in <c>excludeGuestsOrExternalUsers</c>), and no
/// declared enabled policy asks that guest for MFA, so the tenant's MFA for that guest is the one being carved away.
/// </summary>
internal static class UnmanagedPolicyRule
{
    /// <summary>A declared guest as found in the tenant.</summary>
    public sealed record Guest(string Email, string Id, string UserType);

    public static string? Weakens(LivePolicy policy, IReadOnlyList<Guest> guests, IReadOnlyList<DesiredPolicy> declared)
    {
        var body = policy.Body;
        if (!IsEnabledMfa(body) || body.Conditions?.Users is not { } users || !IncludesGuests(users))
        {
            return null;
        }

        var left = guests
            .Where(g => Excludes(users, g.Id, null, g.UserType) && !declared.Any(d => d.Ensure == Ensure.Present && AsksForMfa(d.Body, g)))
            .Select(g => g.Email)
            .ToList();
        return left.Count == 0 ? null : $"asks guests for MFA but excludes {string.Join(", ", left)}, whom no declared policy asks";
    }

    private static bool IsEnabledMfa(ConditionalAccessPolicyBody body) =>
        string.Equals(body.State, "enabled", StringComparison.OrdinalIgnoreCase)
        && body.GrantControls is { } grant
        && (grant.BuiltInControls?.Contains("mfa", StringComparer.OrdinalIgnoreCase) == true || !string.IsNullOrEmpty(grant.AuthenticationStrengthId));

    /// <summary>Whether a declared policy, as declared, asks this guest for MFA. An excluded group might hold the guest, so it counts as excluding.</summary>
    private static bool AsksForMfa(ConditionalAccessPolicyBody body, Guest guest) =>
        IsEnabledMfa(body)
        && body.Conditions?.Users is { } users
        && (IncludesAll(users) || users.IncludeGuestsOrExternalUsers?.GuestOrExternalUserTypes?.Contains(TypeOf(guest.UserType), StringComparer.OrdinalIgnoreCase) == true
            || Lists(users.IncludeUsers, guest.Id, guest.Email))
        && !Excludes(users, guest.Id, guest.Email, guest.UserType)
        && users.ExcludeGroups is not { Count: > 0 };

    private static bool IncludesAll(ConditionalAccessUsers users) =>
        users.IncludeUsers?.Any(u => u.Equals("All", StringComparison.OrdinalIgnoreCase) || u.Equals("GuestsOrExternalUsers", StringComparison.OrdinalIgnoreCase)) == true;

    private static bool IncludesGuests(ConditionalAccessUsers users) =>
        IncludesAll(users)
        || users.IncludeGuestsOrExternalUsers?.GuestOrExternalUserTypes?.Any(t => t.StartsWith("b2bCollaboration", StringComparison.OrdinalIgnoreCase)) == true;

    private static bool Excludes(ConditionalAccessUsers users, string id, string? email, string userType) =>
        Lists(users.ExcludeUsers, id, email)
        || users.ExcludeGuestsOrExternalUsers?.GuestOrExternalUserTypes?.Contains(TypeOf(userType), StringComparer.OrdinalIgnoreCase) == true;

    private static bool Lists(IReadOnlyList<string>? references, string id, string? email) =>
        references?.Any(r => r.Equals(id, StringComparison.OrdinalIgnoreCase) || (email is not null && r.Equals(email, StringComparison.OrdinalIgnoreCase))) == true;

    private static string TypeOf(string userType) =>
        string.Equals(userType, "Member", StringComparison.OrdinalIgnoreCase) ? "b2bCollaborationMember" : "b2bCollaborationGuest";
}
