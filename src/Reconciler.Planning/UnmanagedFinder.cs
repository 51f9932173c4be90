using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;


namespace Reconciler.Planning;

/// <summary>
/// Lists what the tenant holds beyond the stack, minus the ignore list. Microsoft-managed policies (a displayName
/// starting "Microsoft-managed:" or a templateId) belong to Microsoft and are never listed.
/// </summary>
internal static class UnmanagedFinder
{
    private const string MicrosoftManagedPrefix = "Microsoft-managed:";

    public static UnmanagedObjects Find(DesiredState desired, LiveSnapshot live, PlanBuilder plan, int sampleSize)
    {
        var ignore = desired.Ignore;
        var unclaimedGuests = live.Users
            .Where(u => u.IsGuest && !plan.ClaimedUserIds.Contains(u.Id))
            .Select(u => u.Mail ?? u.UserPrincipalName ?? u.Id)
            .ToList();
        var listedGuests = unclaimedGuests.Where(email => !ignore.IgnoresGuest(email)).ToList();
        var ignoredCount = unclaimedGuests.Count - listedGuests.Count;
        var guestCount = Math.Max(live.GuestCount - plan.ClaimedUserIds.Count - ignoredCount, listedGuests.Count);

        var policies = live.ConditionalAccessPolicies
            .Where(p => !plan.ClaimedPolicyIds.Contains(p.Id) && !IsMicrosoftManaged(p) && !ignore.IgnoresPolicy(p.DisplayName))
            .Select(p => new UnmanagedPolicy(p.Id, p.DisplayName, p.Body.State))
            .ToList();

        var declaredPartners = (desired.CrossTenantAccess?.Partners ?? []).Select(p => p.TenantId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var partners = live.Partners
            .Select(p => p.TenantId)
            .Where(id => !declaredPartners.Contains(id) && !ignore.IgnoresPartner(id))
            .ToList();

        return new UnmanagedObjects(guestCount, listedGuests.Take(sampleSize).ToList(), policies, partners);
    }

    public static bool IsMicrosoftManaged(LivePolicy policy) =>
        policy.TemplateId is not null || policy.DisplayName.StartsWith(MicrosoftManagedPrefix, StringComparison.OrdinalIgnoreCase);
}
