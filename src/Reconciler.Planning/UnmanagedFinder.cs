using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;
using Reconciler.Planning.Effects;
using Reconciler.Planning.Unmanaged;

namespace Reconciler.Planning;

/// <summary>
/// Lists what the tenant holds beyond the stack, and which of it weakens guest access of the declared scope
/// (<see cref="UnmanagedPartnerRule"/>, <see cref="UnmanagedPolicyRule"/>). The ignore list and Microsoft-managed
/// policies (<see cref="MicrosoftManagedPolicy"/>) are left out, unless they weaken: a pattern written to quiet the
/// noise must not quiet a weakening too. To accept a weakening object, declare it.
/// </summary>
internal static class UnmanagedFinder
{
    public static UnmanagedObjects Find(DesiredState desired, LiveIndex index, PlanBuilder plan, int sampleSize)
    {
        var live = index.Live;
        var ignore = desired.Ignore;
        var unclaimedGuests = live.Users
            .Where(u => u.IsGuest && !plan.ClaimedUserIds.Contains(u.Id))
            .Select(u => u.Mail ?? u.UserPrincipalName ?? u.Id)
            .ToList();
        var listedGuests = unclaimedGuests.Where(email => !ignore.IgnoresGuest(email)).ToList();
        var ignoredCount = unclaimedGuests.Count - listedGuests.Count;
        var guestCount = Math.Max(live.GuestCount - plan.ClaimedUserIds.Count - ignoredCount, listedGuests.Count);

        var guests = DeclaredGuests(desired, index);
        var policies = live.ConditionalAccessPolicies
            .Where(p => !plan.ClaimedPolicyIds.Contains(p.Id))
            .Select(p => (Policy: p, Weakens: UnmanagedPolicyRule.Weakens(p, guests, desired.ConditionalAccessPolicies)))
            .Where(p => p.Weakens is not null || (!MicrosoftManagedPolicy.Is(p.Policy) && !ignore.IgnoresPolicy(p.Policy.DisplayName)))
            .Select(p => new UnmanagedPolicy(p.Policy.Id, p.Policy.DisplayName, p.Policy.Body.State) { Effect = EffectOf(p.Weakens), Reason = p.Weakens })
            .ToList();

        var declaredPartners = (desired.CrossTenantAccess?.Partners ?? []).Select(p => p.TenantId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var partners = live.Partners
            .Where(p => !declaredPartners.Contains(p.TenantId))
            .Select(p => (p.TenantId, Weakens: UnmanagedPartnerRule.Weakens(p, live.CrossTenantDefault.Settings)))
            .Where(p => p.Weakens is not null || !ignore.IgnoresPartner(p.TenantId))
            .Select(p => new UnmanagedPartner(p.TenantId) { Effect = EffectOf(p.Weakens), Reason = p.Weakens })
            .ToList();

        return new UnmanagedObjects(guestCount, listedGuests.Take(sampleSize).ToList(), policies, partners);
    }

    private static Effect EffectOf(string? weakens) => weakens is null ? Effect.Neutral : Effect.Weakens;

    /// <summary>The declared guests the tenant holds, with the object id and user type the policy rule matches on.</summary>
    private static List<UnmanagedPolicyRule.Guest> DeclaredGuests(DesiredState desired, LiveIndex index) =>
        desired.Guests
            .Where(g => g.Ensure == Ensure.Present)
            .Select(g => (g.Email, User: index.Guest(g.Email)))
            .Where(g => g.User is not null)
            .Select(g => new UnmanagedPolicyRule.Guest(g.Email, g.User!.Id, g.User.UserType ?? "Guest"))
            .ToList();
}
