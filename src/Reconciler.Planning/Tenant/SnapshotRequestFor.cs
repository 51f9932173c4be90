using Reconciler.Model.Desired;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;
using Reconciler.Model.Tenant;

namespace Reconciler.Planning.Tenant;

/// <summary>What a stack needs read: every email it names (guests, user references, break-glass accounts).</summary>
public static class SnapshotRequestFor
{
    public static SnapshotRequest Stack(DesiredState desired, ReadScope scope = ReadScope.Full)
    {
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var guest in desired.Guests)
        {
            emails.Add(guest.Email);
        }

        foreach (var reference in desired.BreakGlassAccounts.Concat(UserReferences(desired)))
        {
            if (reference.Contains('@', StringComparison.Ordinal))
            {
                emails.Add(reference);
            }
        }

        return new SnapshotRequest(emails.Order(StringComparer.OrdinalIgnoreCase).ToList(), scope)
        {
            GuestDomains = GuestDomains(desired),
        };
    }

    /// <summary>
    /// For drift and apply, whose reports name only declared partners: looks up just their names, so a tenant with
    /// a thousand partners costs a thousand fewer lookups.
    /// </summary>
    public static SnapshotRequest Declared(DesiredState desired, ReadScope scope = ReadScope.Full) =>
        Stack(desired, scope) with { NamedPartners = [.. desired.CrossTenantAccess?.Partners.Select(p => p.TenantId) ?? []] };

    private static List<string> GuestDomains(DesiredState desired) =>
        desired.Guests.Where(g => g.Ensure == Ensure.Present)
            .Select(g => EmailAddress.DomainOf(g.Email))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static IEnumerable<string> UserReferences(DesiredState desired) =>
        desired.ConditionalAccessPolicies
            .Select(p => p.Body.Conditions?.Users)
            .SelectMany(u => (u?.IncludeUsers ?? []).Concat(u?.ExcludeUsers ?? []));
}
