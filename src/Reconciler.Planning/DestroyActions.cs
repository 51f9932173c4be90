using Reconciler.Model.Desired;
using Reconciler.Model.Live;
using Reconciler.Model.Planning;

namespace Reconciler.Planning;

/// <summary>The deletes (and the default's reset) that take a stack's objects out of the tenant.</summary>
internal static class DestroyActions
{
    public static IEnumerable<PlannedAction> For(DesiredState desired, LiveIndex index)
    {
        var crossTenant = desired.CrossTenantAccess;
        if (crossTenant?.Default is not null && !index.Live.CrossTenantDefault.IsServiceDefault)
        {
            yield return new ResetCrossTenantDefault();
        }

        foreach (var partner in (crossTenant?.Partners ?? []).Select(p => index.Partner(p.TenantId)).OfType<LivePartner>())
        {
            yield return new DeletePartner(partner.TenantId);
        }

        foreach (var guest in desired.Guests)
        {
            if (index.Guest(guest.Email) is { } live)
            {
                yield return new DeleteGuest(live.Id, guest.Email);
            }
        }

        foreach (var policy in desired.ConditionalAccessPolicies)
        {
            if (index.Policies(policy) is [var live])
            {
                yield return new DeletePolicy(live.Id, policy.DisplayName);
            }
        }
    }
}
