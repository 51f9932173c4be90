using Reconciler.Core.DesiredState;
using Reconciler.Core.Live;

namespace Reconciler.Core.Tenant;

/// <summary>What a stack needs read: every email it names (guests, user references, break-glass accounts).</summary>
public static class SnapshotRequestFor
{
    public static SnapshotRequest Stack(DesiredState.DesiredState desired, ReadScope scope = ReadScope.Full)
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

        return new SnapshotRequest(emails.Order(StringComparer.OrdinalIgnoreCase).ToList(), scope);
    }

    private static IEnumerable<string> UserReferences(DesiredState.DesiredState desired) =>
        desired.ConditionalAccessPolicies
            .Select(p => p.Body.Conditions?.Users)
            .SelectMany(u => (u?.IncludeUsers ?? []).Concat(u?.ExcludeUsers ?? []));
}
